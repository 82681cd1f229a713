import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * End-to-end tests run against the production build, built and served in
 * America/Los_Angeles so that any date that slips through a local time zone
 * shows up as the day before.
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
    trace: "retain-on-failure",
  },
  projects: [chromiumProject],
  webServer: {
    command: `npm run build && npm run start -- --port ${port} --hostname 127.0.0.1`,
    url: baseURL,
    env: { TZ: "America/Los_Angeles" },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
