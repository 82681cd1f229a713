import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterEach, beforeEach, expect, it } from "vitest";

const tsx = path.resolve("node_modules/.bin/tsx");
const script = path.resolve("scripts/precompress.ts");
const slowProcess = { timeout: 30_000 };

const text = (words: string) => Buffer.from(`${words} `.repeat(200));
/** One file of each kind a static export holds, some in sub-folders. */
const FILES: Record<string, Buffer> = {
  "index.html": text("<p>Sonus Networks</p>"),
  "feed.xml": text("<item>release</item>"),
  "calls/x/calendar.ics": text("BEGIN:VEVENT"),
  "pagefind/pagefind-entry.json": text('{"version":"1"}'),
  "_next/static/chunks/app.js": text("console.log(1);"),
  "_next/static/css/app.css": text("p{margin:0}"),
  "releases/x.txt": text("0:[]"),
  "icon.svg": text("<svg></svg>"),
  "site.webmanifest": text('{"name":"IR"}'),
  "releases/x/opengraph-image": text("PNG bytes"),
  "photo.png": text("PNG bytes"),
  "pagefind/wasm.en.pagefind": gzipSync(text("wasm")),
  "pagefind/fragment/en_1.pf_fragment": gzipSync(text("fragment")),
  "module.wasm": text("wasm"),
  // Random bytes do not compress: no copy is worth writing.
  "random.txt": randomBytes(4096),
};
const COMPRESSED = [
  "index.html",
  "feed.xml",
  "calls/x/calendar.ics",
  "pagefind/pagefind-entry.json",
  "_next/static/chunks/app.js",
  "_next/static/css/app.css",
  "releases/x.txt",
  "icon.svg",
  "site.webmanifest",
];

let directory: string;
beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "precompress-"));
  for (const [name, bytes] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    fs.writeFileSync(path.join(directory, name), bytes);
  }
});
afterEach(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

function precompress() {
  const result = spawnSync(tsx, [script, directory], {
    encoding: "utf8",
    timeout: 25_000,
  });
  if (result.error) throw result.error;
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

const written = () =>
  fs
    .readdirSync(directory, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(gz|br)$/.test(name))
    .sort();

it(
  "writes a .gz and a .br of each text file that decompress to its bytes",
  slowProcess,
  () => {
    precompress();
    for (const name of COMPRESSED) {
      const file = path.join(directory, name);
      const original = fs.readFileSync(file);
      expect(gunzipSync(fs.readFileSync(`${file}.gz`)), name).toEqual(original);
      expect(brotliDecompressSync(fs.readFileSync(`${file}.br`)), name).toEqual(
        original,
      );
    }
  },
);

it(
  "leaves images, Pagefind's compressed files, WebAssembly and incompressible files alone",
  slowProcess,
  () => {
    precompress();
    expect(written()).toEqual(
      COMPRESSED.flatMap((name) => [`${name}.br`, `${name}.gz`])
        .map((name) => path.normalize(name))
        .sort(),
    );
  },
);

it(
  "reports the text's size and what each encoding makes of it",
  slowProcess,
  () => {
    const report = precompress();
    const original = Object.entries(FILES)
      .filter(([name]) => [...COMPRESSED, "random.txt"].includes(name))
      .reduce((sum, [, bytes]) => sum + bytes.length, 0);
    expect(report).toContain(
      `precompressed ${COMPRESSED.length + 1} files in ${directory}/: ${(original / 1024).toFixed(1)} KiB, gzip `,
    );
  },
);

it(
  "run again, compresses only the files, not their copies",
  slowProcess,
  () => {
    precompress();
    const first = written();
    precompress();
    expect(written()).toEqual(first);
  },
);
