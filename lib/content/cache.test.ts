import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixtures } from "@/lib/testing/content-problems";
import { ReleaseCache } from "./cache";
import { ContentError } from "./errors";
import { loadReleases } from "./load";

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "content-cache-"));
});
afterEach(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

/** A copy of a fixture's content folder that a test may change. */
function copyOf(fixture: string): string {
  const copy = path.join(work, "content");
  fs.cpSync(path.join(fixtures, fixture), copy, { recursive: true });
  return copy;
}

function loadLogged(contentDir: string, cache: ReleaseCache) {
  const lines: string[] = [];
  const releases = loadReleases(contentDir, {
    cache,
    log: (line) => lines.push(line),
  });
  return { releases, lines };
}

/** Versions of the content code, as the content step works them out from its import graph. */
const CODE_V1 = "code-version-1";
const CODE_V2 = "code-version-2";

describe("the content cache", () => {
  it("parses every release again under a new version of the content code", () => {
    const content = copyOf("valid");
    const cacheDir = path.join(work, "cache");
    loadLogged(content, new ReleaseCache(cacheDir, CODE_V1));
    const again = loadLogged(content, new ReleaseCache(cacheDir, CODE_V2));
    expect(again.lines).toEqual([
      "content: parsed 2 of 2 releases, 0 from the cache",
    ]);
  });

  it("is read under the version the content step recorded, and keeps nothing without one", () => {
    const content = copyOf("valid");
    const cacheDir = path.join(work, "cache");
    const stepCache = new ReleaseCache(cacheDir, CODE_V1);
    stepCache.recordCodeVersion();
    loadLogged(content, stepCache);
    expect(loadLogged(content, new ReleaseCache(cacheDir)).lines).toEqual([
      "content: parsed 0 of 2 releases, 2 from the cache",
    ]);

    const elsewhere = path.join(work, "no-step");
    loadLogged(content, new ReleaseCache(elsewhere));
    expect(fs.existsSync(elsewhere)).toBe(false);
  });

  it("parses each release once: a second load reads the same releases from disk", () => {
    const content = copyOf("valid");
    const cacheDir = path.join(work, "cache");
    const first = loadLogged(content, new ReleaseCache(cacheDir, CODE_V1));
    const second = loadLogged(content, new ReleaseCache(cacheDir, CODE_V1));
    expect(first.lines).toEqual([
      "content: parsed 2 of 2 releases, 0 from the cache",
    ]);
    expect(second.lines).toEqual([
      "content: parsed 0 of 2 releases, 2 from the cache",
    ]);
    expect(second.releases).toEqual(first.releases);
    expect(second.releases).toEqual(loadReleases(content));
  });

  it("says nothing when asked to speak only of parsing and everything came from the cache", () => {
    const content = copyOf("valid");
    const cacheDir = path.join(work, "cache");
    const lines: string[] = [];
    const loadQuietly = () =>
      loadReleases(content, {
        cache: new ReleaseCache(cacheDir, CODE_V1),
        log: (line) => lines.push(line),
        logOnlyParsing: true,
      });
    loadQuietly();
    loadQuietly();
    expect(lines).toEqual([
      "content: parsed 2 of 2 releases, 0 from the cache",
    ]);
  });

  it("parses again only the release whose text changed", () => {
    const content = copyOf("valid");
    const cacheDir = path.join(work, "cache");
    loadLogged(content, new ReleaseCache(cacheDir, CODE_V1));
    const changed = path.join(
      content,
      "releases/2005/2005-03-03-second-results.md",
    );
    fs.writeFileSync(
      changed,
      fs
        .readFileSync(changed, "utf8")
        .replace("today reported results.", "today reported its results."),
    );
    const again = loadLogged(content, new ReleaseCache(cacheDir, CODE_V1));
    expect(again.lines).toEqual([
      "content: parsed 1 of 2 releases, 1 from the cache",
    ]);
    expect(again.releases[0]?.html).toContain("today reported its results.");
  });

  it("never keeps a release that fails its checks", () => {
    const content = copyOf("raw-html");
    const cacheDir = path.join(work, "cache");
    for (let load = 0; load < 2; load++)
      expect(() =>
        loadLogged(content, new ReleaseCache(cacheDir, CODE_V1)),
      ).toThrow(ContentError);
    expect(fs.existsSync(cacheDir)).toBe(false);
  });

  it("prunes what the last load did not use", () => {
    const content = copyOf("valid");
    const cacheDir = path.join(work, "cache");
    loadLogged(content, new ReleaseCache(cacheDir, CODE_V1));
    fs.rmSync(path.join(content, "releases/2004"), { recursive: true });
    const cache = new ReleaseCache(cacheDir, CODE_V1);
    loadLogged(content, cache);
    cache.prune();
    expect(fs.readdirSync(cacheDir)).toHaveLength(1);
  });
});
