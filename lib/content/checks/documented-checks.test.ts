import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { everyCheck } from ".";

const guide = "docs/adding-releases.md";

/** The bullets of the guide's "What the build checks" section, as written. */
function documentedChecks(): string[] {
  const text = fs.readFileSync(guide, "utf8");
  const start = text.indexOf("\n## What the build checks\n");
  expect(start, `${guide} has a "What the build checks" section`).not.toBe(-1);
  const section = text.slice(start + 1).split(/\n#{1,3} /)[0] ?? "";
  // Markdown list items may wrap: join each item's lines.
  return section
    .split(/\n(?=- `)/)
    .slice(1)
    .map((item) => item.replace(/\s*\n\s*/g, " ").trim());
}

describe("docs/adding-releases.md lists what the build checks", () => {
  it("item for item, as the registry of checks does", () => {
    expect(documentedChecks()).toEqual(
      everyCheck.map(
        ({ name, description, madeIn }) =>
          `- \`${name}\` (${madeIn}): ${description}`,
      ),
    );
  });

  it("names files and folders that exist as where each check is made", () => {
    const missing = everyCheck.flatMap(({ name, madeIn }) =>
      madeIn
        .split(", ")
        .filter((where) => !fs.existsSync(where))
        .map((where) => `${name}: ${where}`),
    );
    expect(missing).toEqual([]);
  });

  it("names first the module that declares each check made outside the rules", async () => {
    const declaredElsewhere = everyCheck.filter(
      ({ madeIn }) => madeIn !== "lib/content/checks/",
    );
    expect(declaredElsewhere.length).toBeGreaterThan(5);
    for (const { name, description, madeIn } of declaredElsewhere) {
      const [first = ""] = madeIn.split(", ");
      const exported: unknown[] = Object.values(
        await import(path.resolve(first)),
      );
      expect(exported, `${name} in ${first}`).toContainEqual({
        name,
        description,
      });
    }
  });
});
