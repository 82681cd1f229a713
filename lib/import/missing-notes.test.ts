import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { calendarDateSchema } from "@/lib/time/calendar-date";
import { readFixture } from "@/lib/testing/import-fixtures";
import { importRelease, type ImportResult } from "./import-release";

/**
 * What the importer says is missing must be missing: each such note is
 * checked here against the text itself, by what a reader would look for,
 * not by the importer's own readers.
 */
const fixtureNames = fs
  .readdirSync(path.join(import.meta.dirname, "__fixtures__"))
  .filter((name) => name.endsWith(".txt"));

const aDay = calendarDateSchema.parse("2005-06-01");

function notesOf(result: ImportResult): string[] {
  if (result.kind === "not-a-release") return [result.looksLike];
  return result.notes.map(({ field, message }) => `${field}: ${message}`);
}

/** Each fixture's notes; a text that needs a date is given one, as an editor would. */
const imports = fixtureNames.map((name) => {
  const text = readFixture(name);
  const first = importRelease(text);
  const result =
    first.kind === "needs-date" ? importRelease(text, { date: aDay }) : first;
  return { name, text, notes: notesOf(result) };
});

const printing = (note: string) =>
  imports
    .filter(({ notes }) => notes.some((line) => line.includes(note)))
    .map(({ name }) => name);

describe("notes that say something is missing", () => {
  it("reads every fixture", () => {
    expect(imports.length).toBeGreaterThan(80);
  });

  it("says each problem on one line, once", () => {
    for (const { name, notes } of imports) {
      expect(
        notes.filter((line) => line.includes("\n")),
        name,
      ).toEqual([]);
      expect(new Set(notes).size, name).toBe(notes.length);
    }
  });

  it('says "no dateline found" only of texts with no wire mark and no dated city line', () => {
    const datelineMark =
      /--\s*\((?:BUSINESS WIRE|Business Wire)\)|\/\s*PRNewswire|\(GLOBE NEWSWIRE\)|\(Marketwire|^\s*[A-Z][A-Z. ]+, [A-Z][a-z.]+(?: [A-Z][a-z.]+)?,? [A-Z][a-z]{2}[a-z.]* \d{1,2}, \d{4}\s*(?:--|\u2013|\u2014|-)/m;
    const saysMissing = printing("dateline: no dateline found");
    expect(saysMissing).toContain("no-dateline.txt");
    for (const name of saysMissing)
      expect(
        datelineMark.test(readFixture(name)),
        `${name} has a dateline`,
      ).toBe(false);
  });

  it("says the listing is missing only of texts that print none", () => {
    const saysMissing = printing('no "(Exchange: TICKER)"');
    expect(saysMissing).toContain("listing-missing.txt");
    for (const name of saysMissing)
      expect(readFixture(name), name).not.toMatch(/\((?:Nasdaq|NASDAQ|NYSE)/);
  });

  it("asks for --date only where the text prints no whole date at its head", () => {
    const asked = fixtureNames.filter(
      (name) => importRelease(readFixture(name)).kind === "needs-date",
    );
    expect(asked).toContain("no-date.txt");
    const month =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)";
    const wholeDate = new RegExp(
      String.raw`\b${month} (?:[1-9]|[12]\d|3[01]), (?:19|20)\d\d\b`,
    );
    for (const name of asked) {
      // The header's lines and the lead's first line, where the dateline stands.
      const blocks = readFixture(name)
        .trim()
        .split(/\n\s*\n/);
      const lead = blocks.findIndex((block) => block.trim().includes("\n"));
      const head = blocks
        .slice(0, lead + 1)
        .map((block) => block.trim().split("\n")[0])
        .join("\n");
      const printed = head.match(wholeDate)?.[0];
      // A date printed there must be one no calendar has, or misspelled: "February 30, 2004".
      if (printed)
        expect(
          Number.isNaN(Date.parse(`${printed} 12:00 UTC`)) ||
            new Date(`${printed} 12:00 UTC`).getUTCDate() !==
              Number(printed.match(/ (\d{1,2}),/)?.[1]),
          `${name} prints ${printed}`,
        ).toBe(true);
    }
  });

  it('never says "no headline found" of a fixture, each of which has one, and says it of a text that starts at its dateline', () => {
    expect(printing("headline: no headline found")).toEqual([]);
    const headless = importRelease(
      "    CHELMSFORD, Mass.--(BUSINESS WIRE)--March 3, 2005--Sonus Networks (Nasdaq: SONS) today reported results.\n",
    );
    expect(notesOf(headless)).toContain("headline: no headline found");
  });
});
