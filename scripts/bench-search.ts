/**
 * Search index size and build time at 250 and 1,000 synthetic releases:
 * `npm run bench:search`. Prints figures; asserts nothing. Also the reader's
 * side of one search, which `npm run bench -- scale` measures.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { chromium, errors } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";
import { loadReleases } from "../lib/content/authoring";
import { writeSearchIndex } from "../lib/publish/search-index";
import {
  NEXT_PORT,
  nextStart,
  refuseAnswering,
  stopServer,
  waitFor,
} from "./bench-tools";
import { writeSyntheticContent } from "./synthetic-content";

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

async function measure(count: number) {
  console.log(`[bench:search] ${count} releases: generating content…`);
  const content = writeSyntheticContent(count);
  const output = path.join(content, "pagefind");
  try {
    let started = performance.now();
    const releases = loadReleases(content);
    const loadMs = performance.now() - started;
    console.log(`[bench:search] ${count} releases: indexing…`);
    started = performance.now();
    await writeSearchIndex(releases, output);
    const indexMs = performance.now() - started;
    const files = filesUnder(output);
    const total = files.reduce((sum, file) => sum + statSync(file).size, 0);
    const indexFiles = files.filter((file) =>
      /[\\/](index|filter)[\\/]|pagefind-entry\.json$|\.pf_meta$/.test(file),
    );
    const firstQuery = indexFiles.reduce(
      (sum, file) => sum + statSync(file).size,
      0,
    );
    const gzipped = files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(file)).length,
      0,
    );
    return {
      count,
      loadMs,
      indexMs,
      files: files.length,
      total,
      firstQuery,
      gzipped,
    };
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
}

/**
 * One search as a reader makes it, in Chromium, on the build in `distDir`
 * served by next start on BENCH_NEXT_PORT: the bytes of what the browser
 * fetches under /pagefind/ (bodies as received: the index files are gzip
 * data already), and when the first result shows, in ms from navigation
 * start (undefined if none shows within `timeoutMs`).
 */
export async function readerSearch(
  distDir: string,
  query: string,
  timeoutMs: number,
) {
  const base = `http://127.0.0.1:${NEXT_PORT}`;
  await refuseAnswering(base);
  const server = nextStart(["--port", String(NEXT_PORT)], {
    NEXT_DIST_DIR: distDir,
  });
  try {
    await waitFor(base + "/");
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage();
      const bodies: Promise<number>[] = [];
      page.on("response", (response) => {
        if (new URL(response.url()).pathname.startsWith("/pagefind/"))
          bodies.push(response.body().then((body) => body.length));
      });
      await page.goto(`${base}/search?q=${encodeURIComponent(query)}`);
      const firstResult = page
        .getByRole("region", { name: "Results" })
        .getByRole("listitem")
        .first();
      // The page's clock starts at navigation; reading it once the result shows adds a round trip of a few ms.
      const firstResultMs = await firstResult
        .waitFor({ timeout: timeoutMs })
        .then(
          () => page.evaluate(() => performance.now()),
          (error: unknown) => {
            if (error instanceof errors.TimeoutError) return undefined;
            throw error;
          },
        );
      const status = await page.getByRole("status").first().textContent();
      const sizes = await Promise.all(bodies);
      const bytes = sizes.reduce((sum, size) => sum + size, 0);
      return { bytes, files: sizes.length, firstResultMs, status };
    } finally {
      await browser.close();
    }
  } finally {
    stopServer(server);
  }
}

async function main() {
  const rows = [];
  for (const count of [250, 1000]) rows.push(await measure(count));
  console.log(
    "\nreleases | parse+render (s) | index build (s) | index files | index size | gzipped | index chunks",
  );
  for (const row of rows) {
    console.log(
      [
        String(row.count).padStart(8),
        (row.loadMs / 1000).toFixed(2).padStart(16),
        (row.indexMs / 1000).toFixed(2).padStart(15),
        String(row.files).padStart(11),
        kib(row.total).padStart(10),
        kib(row.gzipped).padStart(7),
        kib(row.firstQuery).padStart(12),
      ].join(" | "),
    );
  }
  const [small, large] = rows;
  if (small && large) {
    const marginal =
      (large.indexMs - small.indexMs) / (large.count - small.count);
    console.log(
      `\nmarginal index build time: ${marginal.toFixed(1)} ms per release`,
    );
  }
}

// Run, not imported for readerSearch.
if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
