import fs from "node:fs";
import { afterEach, expect, it } from "vitest";
import { loadReleases } from "@/lib/content/authoring";
import { writeSyntheticContent } from "./synthetic-content";

let directory: string | undefined;
afterEach(() => {
  if (directory) fs.rmSync(directory, { recursive: true, force: true });
});

// The build-scaling benchmark builds the site from this content: it must pass every check.
it("writes releases that pass the content checks, each with its call", () => {
  directory = writeSyntheticContent(3);
  const releases = loadReleases(directory);
  expect(releases.map(({ slug }) => slug)).toEqual([
    "1990-01-07-period-3-results",
    "1990-01-04-period-2-results",
    "1990-01-01-period-1-results",
  ]);
  expect(releases.map(({ calls }) => calls.length)).toEqual([1, 1, 1]);
});
