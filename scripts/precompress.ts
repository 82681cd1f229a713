/**
 * `tsx scripts/precompress.ts <folder>`, run by `npm run export` on out/:
 * writes a .gz and a .br beside every text file, so that a static host sends
 * them as they are (nginx: gzip_static, brotli_static, deploy/nginx.conf)
 * instead of compressing each response again, and at levels too slow for that.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

/**
 * Text formats only. Images are compressed inside, and Pagefind's index and
 * WebAssembly files (.pf_*, .pagefind) are gzip data that its script unpacks.
 */
const COMPRESSED_TYPES = new Set([
  ".html",
  ".xml",
  ".ics",
  ".json",
  ".js",
  ".css",
  ".txt",
  ".svg",
  ".webmanifest",
]);

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

type Totals = { files: number; original: number; gzip: number; brotli: number };

/**
 * A copy no smaller than its file is not written: the server then sends the
 * file itself, which costs the reader nothing more.
 */
async function compress(file: string, totals: Totals) {
  const bytes = await readFile(file);
  const [gzipped, brotlied] = await Promise.all([
    gzipAsync(bytes, { level: 9 }),
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  totals.files += 1;
  totals.original += bytes.length;
  totals.gzip += Math.min(gzipped.length, bytes.length);
  totals.brotli += Math.min(brotlied.length, bytes.length);
  if (gzipped.length < bytes.length) await writeFile(`${file}.gz`, gzipped);
  if (brotlied.length < bytes.length) await writeFile(`${file}.br`, brotlied);
}

async function main() {
  const [directory] = process.argv.slice(2);
  if (!directory) throw new Error("usage: tsx scripts/precompress.ts <folder>");
  const files = (await filesUnder(directory)).filter((file) =>
    COMPRESSED_TYPES.has(path.extname(file)),
  );
  const totals: Totals = { files: 0, original: 0, gzip: 0, brotli: 0 };
  // A few at a time: a large site has thousands of files, more than a process may open at once.
  const queue = [...files];
  await Promise.all(
    Array.from({ length: availableParallelism() }, async () => {
      for (let file = queue.pop(); file; file = queue.pop())
        await compress(file, totals);
    }),
  );
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(
    `precompressed ${totals.files} files in ${directory}/: ${kib(totals.original)}, gzip ${kib(totals.gzip)}, brotli ${kib(totals.brotli)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
