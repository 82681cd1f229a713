import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./e2e/chromium";
import { EXPORT_CONTENT_DIRECTORY as contentDirectory } from "./e2e/export/imported-releases";
import { EXPORT_ALERTS_ENDPOINT, EXPORT_SITE_URL } from "./e2e/export/origin";
import { serverPort } from "./e2e/server-port";
import { findNginx, NGINX_MISSING } from "./scripts/nginx";

const port = serverPort("EXPORT_PORT", 3200);
const baseURL = `http://127.0.0.1:${port}`;
// Said at once, not after the export's build.
if (!findNginx()) throw new Error(NGINX_MISSING);

/**
 * The export is built from the site's content plus releases that try to
 * smuggle script into the pages (e2e/export/hostile), copied together into
 * a git-ignored folder, and releases imported there from wire texts by the
 * importer's CLI and then reviewed (e2e/export/import-fixtures.ts), so that
 * what the importer writes is shown to publish.
 */
const copyContent = [
  `rm -rf ${contentDirectory}`,
  `mkdir ${contentDirectory}`,
  `cp -R content/. ${contentDirectory}/`,
  `cp e2e/export/hostile/*.md ${contentDirectory}/releases/`,
  "tsx e2e/export/import-fixtures.ts",
].join(" && ");

/**
 * A smoke run against the static export (out/) served by nginx with
 * deploy/nginx.conf, as a deployment serves it (scripts/nginx.ts).
 */
export default defineConfig({
  testDir: "e2e/export",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: "list",
  use: { baseURL },
  projects: [chromiumProject],
  webServer: {
    command: `${copyContent} && tsx scripts/export-keeping-site-build.ts && tsx scripts/serve-export.ts ${port} out`,
    url: baseURL,
    env: {
      SITE_URL: EXPORT_SITE_URL,
      CONTENT_DIR: contentDirectory,
      ALERTS_ENDPOINT: EXPORT_ALERTS_ENDPOINT,
    },
    timeout: 300_000,
    reuseExistingServer: false,
    // The export's build log is long; only errors are worth showing.
    stdout: "ignore",
    stderr: "pipe",
  },
});
