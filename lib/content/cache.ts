import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { ReleaseDraft } from "./model";

/** The file in the cache's folder that names the version of the code its releases were made by. */
const CODE_VERSION_FILE = "code-version";

function recordedCodeVersion(directory: string): string | undefined {
  const file = path.join(directory, CODE_VERSION_FILE);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : undefined;
}

/**
 * Checked and rendered releases on disk, one file each, keyed by the file's
 * name and text and the version of the code: the content step (`npm run prepare-content`), every
 * build worker and the next build read a release parsed once, and a change to
 * one release parses only that one again.
 */
export class ReleaseCache {
  private readonly used = new Set<string>([CODE_VERSION_FILE]);
  readonly codeVersion: string | undefined;

  /**
   * `codeVersion`: the version of the code that parses releases, which the
   * build's content step works out from the import graph
   * (scripts/content-code.ts) and records in the folder for the build's other
   * processes. A cache with none keeps nothing: it could not tell releases
   * made by older code.
   */
  constructor(
    readonly directory: string,
    codeVersion?: string,
  ) {
    this.codeVersion = codeVersion ?? recordedCodeVersion(directory);
  }

  /** Names the code version in the folder, for caches opened there without one. */
  recordCodeVersion(): void {
    if (this.codeVersion === undefined) return;
    fs.mkdirSync(this.directory, { recursive: true });
    fs.writeFileSync(
      path.join(this.directory, CODE_VERSION_FILE),
      `${this.codeVersion}\n`,
    );
  }

  private entry(file: string, source: string): string | undefined {
    if (this.codeVersion === undefined) return undefined;
    const key = createHash("sha256")
      .update(this.codeVersion)
      .update(file)
      .update("\0")
      .update(source)
      .digest("hex");
    this.used.add(`${key}.bin`);
    return path.join(this.directory, `${key}.bin`);
  }

  has(file: string, source: string): boolean {
    const entry = this.entry(file, source);
    return entry !== undefined && fs.existsSync(entry);
  }

  get(file: string, source: string): ReleaseDraft | undefined {
    const entry = this.entry(file, source);
    if (entry === undefined || !fs.existsSync(entry)) return undefined;
    // Written by put() from a checked ReleaseDraft of this same code version.
    const cached: ReleaseDraft = deserialize(fs.readFileSync(entry));
    return cached;
  }

  put(file: string, source: string, draft: ReleaseDraft): void {
    const entry = this.entry(file, source);
    if (entry === undefined) return;
    fs.mkdirSync(this.directory, { recursive: true });
    // Written whole under another name first, so a worker never reads half a file.
    const partial = `${entry}.${process.pid}.tmp`;
    fs.writeFileSync(partial, serialize(draft));
    fs.renameSync(partial, entry);
  }

  /** Removes what no release read or written through this cache needs: earlier texts, earlier code. */
  prune(): void {
    if (this.codeVersion === undefined || !fs.existsSync(this.directory))
      return;
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
