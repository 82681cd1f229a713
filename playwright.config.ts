import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./e2e/chromium";
import { serverPort } from "./e2e/server-port";
import {
  E2E_ALERTS_DB,
  E2E_ALERTS_FOLDER,
  e2eInstancePorts,
  e2eSmtpPort,
} from "./e2e/alerts-server";
import { ARCHIVE } from "./e2e/archive/archive-site";
import { E2E_DIST_DIRECTORY } from "./e2e/site-build";

const port = serverPort("E2E_PORT", 3100);
const baseURL = `http://localhost:${port}`;
const smtpPort = e2eSmtpPort();
// Checked free here, before the build: e2e/alerts-instances.spec.ts starts its own servers on them.
e2eInstancePorts();
const archivePort = serverPort("E2E_ARCHIVE_PORT", 3150);
const archiveURL = `http://localhost:${archivePort}`;

/** As `npm run build` does, without the search index, which the site's own build writes to public/. */
const buildArchive = [
  `rm -rf ${ARCHIVE.contentDirectory}`,
  `tsx scripts/write-synthetic-content.ts ${ARCHIVE.contentDirectory} ${ARCHIVE.syntheticReleases} ${ARCHIVE.releasesPerYear}`,
  `cp ${ARCHIVE.eventsDirectory}/*.md ${ARCHIVE.contentDirectory}/releases/`,
  "tsx scripts/load-content.ts",
  "next build",
  `npm run pin-script-policy -- ${ARCHIVE.distDirectory}/server/app`,
].join(" && ");

/**
 * End-to-end tests run against the production build, built and served in
 * America/Los_Angeles so that any date that slips through a local time zone
 * shows up as the day before. SITE_URL is left unset, as on a first try of
 * the site: absolute URLs must then point at the port it is built and served on.
 * Its e-mail alerts go to a test SMTP server (e2e/alerts-server.ts).
 */
export default defineConfig({
  testDir: "e2e",
  forbidOnly: Boolean(process.env.CI),
  fullyParallel: true,
  retries: 0,
  reporter: "list",
  use: {
    baseURL,
    // CI keeps only the log, and tracing every test costs it about 15% of
    // the run; on a laptop the trace of a failed test is worth that.
    trace: process.env.CI ? "off" : "retain-on-failure",
  },
  projects: [
    // The static export has its own server and run: playwright.export.config.ts.
    { ...chromiumProject, testIgnore: ["export/**", "archive/**"] },
    {
      ...chromiumProject,
      name: "archive",
      testDir: "e2e/archive",
      use: { ...chromiumProject.use, baseURL: archiveURL },
    },
  ],
  webServer: [
    {
      command: `rm -rf ${E2E_ALERTS_FOLDER} && npm run build && npm run start -- --port ${port} --hostname localhost`,
      url: baseURL,
      env: {
        TZ: "America/Los_Angeles",
        PORT: String(port),
        SITE_URL: "",
        NEXT_DIST_DIR: E2E_DIST_DIRECTORY,
        ALERTS_DB: E2E_ALERTS_DB,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    /** The same site built from a synthetic archive of five years (e2e/archive). */
    {
      command: `${buildArchive} && next start --port ${archivePort} --hostname localhost`,
      url: archiveURL,
      env: {
        TZ: "America/Los_Angeles",
        PORT: String(archivePort),
        SITE_URL: "",
        CONTENT_DIR: ARCHIVE.contentDirectory,
        NEXT_DIST_DIR: ARCHIVE.distDirectory,
        ALERTS_DB: `${E2E_ALERTS_FOLDER}/archive.db`,
      },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
