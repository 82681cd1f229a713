import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./e2e/chromium";
import { serverPort } from "./e2e/server-port";
import {
  E2E_ALERTS_DB,
  E2E_ALERTS_FOLDER,
  e2eSmtpPort,
} from "./e2e/alerts-server";

const port = serverPort("E2E_PORT", 3100);
const baseURL = `http://localhost:${port}`;
const smtpPort = e2eSmtpPort();

/**
 * End-to-end tests run against the production build, built and served in
 * America/Los_Angeles so that any date that slips through a local time zone
 * shows up as the day before. SITE_URL is left unset, as on a first try of
 * the site: absolute URLs must then point at the port it is built and served on.
 * Its e-mail alerts go to a test SMTP server (e2e/alerts-server.ts).
 */
export default defineConfig({
  testDir: "e2e",
  // The static export has its own server and run: playwright.export.config.ts.
  testIgnore: "export/**",
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
  projects: [chromiumProject],
  webServer: {
    command: `rm -rf ${E2E_ALERTS_FOLDER} && npm run build && npm run start -- --port ${port} --hostname localhost`,
    url: baseURL,
    env: {
      TZ: "America/Los_Angeles",
      PORT: String(port),
      SITE_URL: "",
      ALERTS_DB: E2E_ALERTS_DB,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
