/**
 * Search index size and build time at 250 and 1,000 synthetic releases:
 * `npm run bench:search`. Prints figures; asserts nothing.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { loadReleases } from "../lib/content/authoring";
import { writeSearchIndex } from "../lib/publish/search-index";
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
