import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { everyCheck } from ".";

/** The bullets of the README's "What the build checks" section, as written. */
function readmeChecks(): string[] {
  const readme = fs.readFileSync("README.md", "utf8");
  const start = readme.indexOf("\n### What the build checks\n");
  expect(start, 'README.md has a "What the build checks" section').not.toBe(-1);
  const section = readme.slice(start + 1).split(/\n#{2,3} /)[0] ?? "";
  // Markdown list items may wrap: join each item's lines.
  return section
    .split(/\n(?=- `)/)
    .slice(1)
    .map((item) => item.replace(/\s*\n\s*/g, " ").trim());
}

describe("the README lists what the build checks", () => {
  it("item for item, as the registry of checks does", () => {
    expect(readmeChecks()).toEqual(
      everyCheck.map(
        ({ name, description, madeIn }) =>
          `- \`${name}\` (${madeIn}): ${description}`,
      ),
    );
  });
});
