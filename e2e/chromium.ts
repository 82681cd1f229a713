import { existsSync } from "node:fs";
import { devices, type LaunchOptions } from "@playwright/test";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * CHROMIUM_PATH if set, else Debian's Chromium, else Playwright's own browser
 * (undefined), so the tests run on CI machines and on a laptop alike.
 */
export function chromiumExecutablePath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** Without the networking flags Chromium stalls on connections a closed network refuses. */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: chromiumExecutablePath(),
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

/** The one browser project both Playwright configs run. */
export const chromiumProject = {
  name: "chromium",
  use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions },
};
