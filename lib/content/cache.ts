import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { ReleaseDraft } from "./model";

/**
 * The code a release's checked and rendered form depends on: the content
 * layer, the call, time and text modules it uses, the site settings, and the
 * installed libraries (the lockfile). A change to any of them starts afresh.
 */
const CODE_INPUTS = [
  "lib/content",
  "lib/calls",
  "lib/time",
  "lib/text",
  "lib/site",
  "package-lock.json",
];

function filesUnder(entry: string): string[] {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return [entry];
  return fs
    .readdirSync(entry, { recursive: true, withFileTypes: true })
    .filter(
      (file) => file.isFile() && !file.parentPath.includes("__fixtures__"),
    )
    .map((file) => path.join(file.parentPath, file.name))
    .sort();
}

let codeVersion: string | undefined;

function versionOfCode(): string {
  if (codeVersion === undefined) {
    const hash = createHash("sha256");
    for (const file of CODE_INPUTS.flatMap((input) =>
      filesUnder(path.resolve(/* turbopackIgnore: true */ input)),
    ))
      hash.update(file).update(fs.readFileSync(file));
    codeVersion = hash.digest("hex");
  }
  return codeVersion;
}

/**
 * Checked and rendered releases on disk, one file each, keyed by the file's
 * name and text and the version of the code: the search-index step, every
 * build worker and the next build read a release parsed once, and a change to
 * one release parses only that one again.
 */
export class ReleaseCache {
  private readonly used = new Set<string>();

  constructor(private readonly directory: string) {}

  private entry(file: string, source: string): string {
    const key = createHash("sha256")
      .update(versionOfCode())
      .update(file)
      .update("\0")
      .update(source)
      .digest("hex");
    this.used.add(`${key}.bin`);
    return path.join(this.directory, `${key}.bin`);
  }

  has(file: string, source: string): boolean {
    return fs.existsSync(this.entry(file, source));
  }

  get(file: string, source: string): ReleaseDraft | undefined {
    const entry = this.entry(file, source);
    if (!fs.existsSync(entry)) return undefined;
    // Written by put() from a checked ReleaseDraft of this same code version.
    const cached: ReleaseDraft = deserialize(fs.readFileSync(entry));
    return cached;
  }

  put(file: string, source: string, draft: ReleaseDraft): void {
    const entry = this.entry(file, source);
    fs.mkdirSync(this.directory, { recursive: true });
    // Written whole under another name first, so a worker never reads half a file.
    const partial = `${entry}.${process.pid}.tmp`;
    fs.writeFileSync(partial, serialize(draft));
    fs.renameSync(partial, entry);
  }

  /** Removes what no release read or written through this cache needs: earlier texts, earlier code. */
  prune(): void {
    if (!fs.existsSync(this.directory)) return;
    for (const name of fs.readdirSync(this.directory))
      if (!this.used.has(name))
        fs.rmSync(path.join(this.directory, name), { force: true });
  }
}

/** Where the build keeps the cache: beside Next's own, in the build's folder (NEXT_DIST_DIR for benchmarks). */
export function defaultCacheDirectory(): string {
  return path.resolve(
    /* turbopackIgnore: true */ process.env.NEXT_DIST_DIR ?? ".next",
    "cache",
    "content",
  );
}
