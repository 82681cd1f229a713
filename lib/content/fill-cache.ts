import fs from "node:fs";
import type { ReleaseCache } from "./cache";
import { readReleaseSource } from "./load";
import { releaseSources } from "./source";

/** The release files under `contentDir` the cache lacks, as paths relative to the working directory, and how many releases there are. */
export function uncachedReleaseFiles(
  contentDir: string,
  cache: ReleaseCache,
): { files: string[]; total: number } {
  const sources = releaseSources(contentDir).sources ?? [];
  return {
    files: sources
      .filter(({ file, source }) => !cache.has(file, source))
      .map(({ file }) => file),
    total: sources.length,
  };
}

/**
 * Parses these release files, named as uncachedReleaseFiles names them, and
 * stores each that passes: several processes can share a large collection out
 * between them before loadReleases reads it from the cache. A release with
 * problems is not stored; loadReleases parses it again and reports them.
 * Returns how many it parsed.
 */
export function fillReleaseCache(
  files: readonly string[],
  cache: ReleaseCache,
): number {
  let parsed = 0;
  for (const file of files) {
    const source = fs.readFileSync(file, "utf8");
    if (cache.has(file, source)) continue;
    parsed++;
    const release = readReleaseSource(file, source);
    if (release.ok) cache.put(file, source, release.value);
  }
  return parsed;
}
