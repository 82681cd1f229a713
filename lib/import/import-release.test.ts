import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { describe, expect, it } from "vitest";
import { findReviewPlaceholders } from "@/lib/content/authoring";
import { importRelease, type ReleaseInput } from "./import-release";
import { proposeSlug } from "./slug";

const yaml = {
  engines: {
    yaml: (text: string): object =>
      loadYaml(text, { schema: CORE_SCHEMA }) ?? {},
  },
};

type Item = { date?: unknown; period?: unknown; kind?: string; value?: string };

/**
 * Each seed wire text and its committed content file. What a person added
 * beyond the import is listed with the reason the text alone does not give it.
 */
const seeds = [
  {
    content:
      "content/releases/2004-03-29-update-on-status-of-financial-results.md",
    wire: "fixtures/wire/2004-03-29-update-on-status-of-financial-results.txt",
    slug: undefined,
    // The text gives these no date: a person dated them on the release day and marked them expected.
    addedEvents: [
      { date: "2004-03-29", kind: "listing" },
      { date: "2004-03-29", kind: "listing" },
    ],
    addedFigures: [],
    // The filing's accession number, which the text does not print; the
    // committed file's call, its 5 events less the 2 added, and its figure.
    placeholders: [
      "summary",
      "sec.accession",
      "calls[0].title",
      "events[0].label",
      "events[1].label",
      "events[2].label",
      "figures[0].label",
    ],
  },
  {
    content:
      "content/releases/2005-03-03-preliminary-fourth-quarter-2004-results.md",
    wire: "fixtures/wire/2005-03-03-preliminary-fourth-quarter-2004-results.txt",
    // A person chose a shorter file name than the headline's words.
    slug: "preliminary-fourth-quarter-2004-results",
    addedEvents: [],
    // "ended the year with $313 million": a person read "the year" as fiscal 2004, ending December 31.
    addedFigures: [{ period: "2004-12-31", value: "$313 million" }],
    // The filing's accession number; the committed file's call, its 5 events,
    // and its 3 figures less the added one.
    placeholders: [
      "summary",
      "sec.accession",
      "calls[0].title",
      "events[0].label",
      "events[1].label",
      "events[2].label",
      "events[3].label",
      "events[4].label",
      "figures[0].label",
      "figures[1].label",
    ],
  },
] as const;

function withoutAdded<T extends Item>(
  items: readonly T[] | undefined,
  added: readonly Item[],
): T[] {
  const remaining = [...added];
  return (items ?? []).filter((item) => {
    const index = remaining.findIndex((wanted) =>
      Object.entries(wanted).every(
        ([key, value]) => item[key as keyof Item] === value,
      ),
    );
    if (index === -1) return true;
    remaining.splice(index, 1);
    return false;
  });
}

/** The value at a field path such as "calls[0].title". */
function setField(data: unknown, field: string, value: string): void {
  const keys = field.match(/[^.[\]]+/g) ?? [];
  let target = data as Record<string, unknown>;
  for (const key of keys.slice(0, -1))
    target = target[key] as Record<string, unknown>;
  const last = keys.at(-1);
  if (last === undefined || typeof target[last] !== "string")
    throw new Error(`no text at ${field}`);
  target[last] = value;
}

describe.each(seeds)("importing $wire", (seed) => {
  const committed = matter(fs.readFileSync(seed.content, "utf8"), yaml);
  const result = importRelease(fs.readFileSync(seed.wire, "utf8"), {
    slug: seed.slug,
  });
  if (result.kind !== "imported")
    throw new Error(`${seed.wire} did not import`);

  it("names the file as committed", () => {
    expect(`${result.fileSlug}.md`).toBe(path.basename(seed.content));
  });

  it("reproduces the body word for word", () => {
    expect(result.body.trim()).toBe(committed.content.trim());
  });

  it("leaves exactly the human-written fields as placeholders, and a person wrote each of them", () => {
    expect(
      findReviewPlaceholders(result.frontMatter).map(({ field }) => field),
    ).toEqual(seed.placeholders);
    expect(findReviewPlaceholders(committed.data)).toEqual([]);
  });

  it("reproduces the front matter apart from those fields and what a person added", () => {
    const person = committed.data as ReleaseInput;
    const expected = {
      ...person,
      events: withoutAdded(person.events, seed.addedEvents),
      figures: withoutAdded(person.figures, seed.addedFigures),
    };
    const imported = structuredClone(result.frontMatter);
    for (const { field } of findReviewPlaceholders(imported)) {
      setField(imported, field, "written by a person");
      setField(expected, field, "written by a person");
    }
    expect(imported).toEqual(expected);
  });
});

describe("proposeSlug", () => {
  it("drops the company, its verb and small words", () => {
    expect(
      proposeSlug(
        "Sonus Networks Provides Update on Status of Its Financial Results",
        "Sonus Networks",
      ),
    ).toBe("update-on-status-of-financial-results");
    expect(
      proposeSlug(
        "Sonus Networks Announces Preliminary 2004 Fourth Quarter Financial Results",
        "Sonus Networks",
      ),
    ).toBe("preliminary-2004-fourth-quarter-financial-results");
  });

  it("keeps only lower-case ASCII letters, digits and single hyphens", () => {
    expect(
      proposeSlug(
        "Société Générale Reports Q1 Résultats — “Strong” & Growing",
        undefined,
      ),
    ).toBe("societe-generale-reports-q1-resultats-strong-growing");
  });
});
