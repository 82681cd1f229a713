import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { temporaryFolder } from "@/lib/testing/temporary-folder";

const RELEASE = "releases/2004-03-29-update-on-status-of-financial-results.md";

/** A copy of content/ to edit, and lib/content's getters loaded afresh under NODE_ENV. */
async function gettersOver(nodeEnv: string) {
  const content = temporaryFolder("getters-");
  fs.cpSync("content", content, { recursive: true });
  vi.stubEnv("CONTENT_DIR", content);
  vi.stubEnv("NEXT_DIST_DIR", temporaryFolder("getters-dist-"));
  vi.stubEnv("NODE_ENV", nodeEnv);
  vi.resetModules();
  const getters = await import("@/lib/content");
  const editSummary = (summary: string) => {
    const file = path.join(content, RELEASE);
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(
      file,
      text.replace(/^summary: .*$/m, `summary: ${summary}`),
    );
  };
  const summaryNow = () =>
    getters.getRelease("2004-03-29-update-on-status-of-financial-results")
      ?.summary;
  return { editSummary, summaryNow, releasesNow: getters.getReleases };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("lib/content's getters", () => {
  it("read content once per process in a build", async () => {
    const { editSummary, summaryNow, releasesNow } =
      await gettersOver("production");
    const before = releasesNow();
    editSummary("An edited summary.");
    expect(releasesNow()).toBe(before);
    expect(summaryNow()).not.toBe("An edited summary.");
  });

  it("show a release an editor saves under next dev, and what is derived from it", async () => {
    const { editSummary, summaryNow, releasesNow } =
      await gettersOver("development");
    // Without a change, not read again.
    expect(releasesNow()).toBe(releasesNow());
    editSummary("An edited summary.");
    await vi.waitFor(() => expect(summaryNow()).toBe("An edited summary."), {
      timeout: 5_000,
    });
  });
});
