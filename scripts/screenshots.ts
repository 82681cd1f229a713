/**
 * Screenshots of the main pages at phone and desktop widths, light and dark,
 * for looking at what was built: `npm run screenshots -- [base URL] [path …]`.
 * `--at=2005-03-10T12:00:00Z` sets the reader's clock, to see a call page in
 * each of its states; the file names then carry that instant. Expects a running server (npm start); writes PNGs to screenshots/, a tall page
 * in several slices so each stays legible when viewed.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";

const args = process.argv.slice(2);
const at = args.find((arg) => arg.startsWith("--at="))?.slice("--at=".length);
const [baseUrl = "http://localhost:3000", ...requested] = args.filter(
  (arg) => !arg.startsWith("--at="),
);
const paths =
  requested.length > 0
    ? requested
    : [
        "/",
        "/releases",
        "/releases/2004-03-29-update-on-status-of-financial-results",
        "/contacts",
      ];
const widths = [360, 1440];
const schemes = ["light", "dark"] as const;
const SLICE_HEIGHT = 1400;

async function main() {
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({
        viewport: { width, height: 900 },
        colorScheme,
      });
      if (at !== undefined) await page.clock.setFixedTime(new Date(at));
      for (const path of paths) {
        await page.goto(new URL(path, baseUrl).href);
        const name =
          (path === "/" ? "home" : path.slice(1).replaceAll("/", "_")) +
          (at === undefined ? "" : `-at-${at.replaceAll(":", "")}`);
        const height = await page.evaluate(
          () => document.documentElement.scrollHeight,
        );
        for (let slice = 0; slice * SLICE_HEIGHT < height; slice++) {
          const file = `screenshots/${name}-${width}-${colorScheme}-${slice + 1}.png`;
          const y = slice * SLICE_HEIGHT;
          await page.screenshot({
            path: file,
            fullPage: true,
            clip: {
              x: 0,
              y,
              width,
              height: Math.min(SLICE_HEIGHT, height - y),
            },
          });
          console.log(file);
        }
      }
      await page.close();
    }
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
