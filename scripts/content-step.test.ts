import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ReleaseCache } from "@/lib/content/authoring";
import { temporaryFolder } from "@/lib/testing/temporary-folder";
import { writeSyntheticContent } from "./synthetic-content";

const tsx = path.resolve("node_modules/.bin/tsx");
const slowProcess = { timeout: 60_000 };
/** Below the test's own timeout, so that a hung step fails its test instead of the run. */
const STEP_TIMEOUT_MS = 50_000;
const RELEASES = 40;

const contentFolders: string[] = [];
afterAll(() => {
  for (const folder of contentFolders)
    fs.rmSync(folder, { recursive: true, force: true });
});

function syntheticContent(count: number) {
  const content = writeSyntheticContent(count);
  contentFolders.push(content);
  const distDir = temporaryFolder("content-step-");
  return {
    content,
    distDir,
    /** The cache as the build's other processes open it: under the code version the step recorded. */
    openCache: () => new ReleaseCache(path.join(distDir, "cache", "content")),
    releaseFiles: fs
      .readdirSync(path.join(content, "releases"))
      .map((name) =>
        path.relative(process.cwd(), path.join(content, "releases", name)),
      )
      .sort(),
  };
}

function runContentStep(content: string, distDir: string) {
  const result = spawnSync(tsx, ["scripts/load-content.ts"], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: content, NEXT_DIST_DIR: distDir },
    // A synchronous child blocks the test runner's own timeout: bound it here.
    timeout: STEP_TIMEOUT_MS,
  });
  if (result.error) throw result.error;
  return result;
}

describe("the build's content step", slowProcess, () => {
  it("shares many releases out among a process per core and leaves each in the cache", () => {
    const { content, distDir, openCache, releaseFiles } =
      syntheticContent(RELEASES);
    const first = runContentStep(content, distDir);
    expect(first.status).toBe(0);
    const line =
      /^content: parsed (\d+) of (\d+) releases, 0 from the cache \(in a pool of (\d+) processes: ([\d, ]+)\)$/m.exec(
        first.stdout,
      );
    expect(line?.slice(1, 4)).toEqual([
      String(RELEASES),
      String(RELEASES),
      String(availableParallelism()),
    ]);
    // Each process that took a batch says how many it parsed; one still starting when they ran out took none.
    const shares = (line?.[4] ?? "").split(", ").map(Number);
    expect(shares.length).toBeGreaterThanOrEqual(1);
    expect(shares.length).toBeLessThanOrEqual(availableParallelism());
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(RELEASES);
    const cache = openCache();
    const cached = releaseFiles.filter((file) =>
      cache.has(file, fs.readFileSync(file, "utf8")),
    );
    expect(cached).toHaveLength(RELEASES);

    const second = runContentStep(content, distDir);
    expect(second.stdout.trim()).toBe(
      `content: parsed 0 of ${RELEASES} releases, ${RELEASES} from the cache`,
    );
  });

  it("parses a few releases in its own process", () => {
    const few = 10;
    const { content, distDir } = syntheticContent(few);
    const result = runContentStep(content, distDir);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(
      `content: parsed ${few} of ${few} releases, 0 from the cache`,
    );
  });

  it("fails naming a release with problems, whichever process parsed it", () => {
    const { content, distDir, releaseFiles } = syntheticContent(RELEASES);
    const broken = releaseFiles[RELEASES - 1] ?? "";
    fs.appendFileSync(broken, '\n<script>alert("x")</script>\n');
    const result = runContentStep(content, distDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(broken);
    expect(result.stdout).not.toMatch(/content: parsed/);
  });
});
