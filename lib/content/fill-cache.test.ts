import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures } from "@/lib/testing/content-problems";
import { temporaryFolder } from "@/lib/testing/temporary-folder";
import { ReleaseCache } from "./cache";
import { fillReleaseCache, uncachedReleaseFiles } from "./fill-cache";
import { loadReleases } from "./load";

function copyOf(fixture: string): { content: string; cache: ReleaseCache } {
  const work = temporaryFolder("fill-cache-");
  const content = path.join(work, "content");
  fs.cpSync(path.join(fixtures, fixture), content, { recursive: true });
  return {
    content,
    cache: new ReleaseCache(path.join(work, "cache"), "code-version-1"),
  };
}

describe("filling the content cache in shares", () => {
  it("stores every share's releases, so that a load parses none and reads the same releases", () => {
    const { content, cache } = copyOf("valid");
    const { files, total } = uncachedReleaseFiles(content, cache);
    expect(total).toBe(2);
    expect(files.map((file) => path.basename(file))).toEqual([
      "2004-03-29-first-results.md",
      "2005-03-03-second-results.md",
    ]);
    const parsed = files.map((file) => fillReleaseCache([file], cache));
    expect(parsed).toEqual([1, 1]);
    expect(uncachedReleaseFiles(content, cache).files).toEqual([]);

    const lines: string[] = [];
    const releases = loadReleases(content, {
      cache,
      log: (line) => lines.push(line),
    });
    expect(lines).toEqual([
      "content: parsed 0 of 2 releases, 2 from the cache",
    ]);
    expect(releases).toEqual(loadReleases(content));
  });

  it("parses nothing a second time", () => {
    const { content, cache } = copyOf("valid");
    const { files } = uncachedReleaseFiles(content, cache);
    expect(fillReleaseCache(files, cache)).toBe(2);
    expect(fillReleaseCache(files, cache)).toBe(0);
  });

  it("leaves a release with problems out, for the load to report", () => {
    const { content, cache } = copyOf("valid");
    const broken = path.join(content, "releases", "2004-03-29-raw-html.md");
    fs.copyFileSync(
      path.join(fixtures, "raw-html", "releases", "2004-03-29-raw-html.md"),
      broken,
    );
    const { files } = uncachedReleaseFiles(content, cache);
    expect(fillReleaseCache(files, cache)).toBe(3);
    expect(uncachedReleaseFiles(content, cache).files).toEqual([
      path.relative(process.cwd(), broken),
    ]);
    expect(() => loadReleases(content, { cache })).toThrow(
      /2004-03-29-raw-html\.md/,
    );
  });
});
