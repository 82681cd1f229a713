import { expect, it } from "vitest";
import type { ImportOptions } from "@/lib/import/import-release";
import { checkImported, importText, readFixture } from "./import-fixtures";

/**
 * For the tests of the forms of release the importer reads, one fixture (or
 * one variation of a fixture) per form, and what it must make of each. Every
 * fact they assert is read from the fixture's text, not from the importer's
 * output.
 */

export const imported = (fixture: string) =>
  importText(readFixture(fixture), fixture);

/** What the build's checks find wrong in the import's content file, placeholders apart. */
export function buildProblems(
  text: string,
  label: string,
  options?: ImportOptions,
): string[] {
  const checked = checkImported(importText(text, label, options));
  return checked.ok
    ? []
    : checked.problems.map(({ field, message }) => `${field}: ${message}`);
}

/**
 * The content checks for each fixture. Where a test expects a placeholder
 * in a contact's role or e-mail or in a call's zone, or no contacts at all,
 * these checks also need the front matter check to admit them while
 * placeholders are allowed: today's schema refuses them (an enum, an e-mail
 * address, an IANA zone, at least one contact) even then.
 */
export const passesBuildChecks = (names: readonly string[]) =>
  it.each(names)(
    "%s: the content file passes the build's checks, placeholders apart",
    (fixture) => {
      expect(buildProblems(readFixture(fixture), fixture)).toEqual([]);
    },
  );

export const firstParagraph = (body: string) => body.split("\n\n")[0];

export const fieldsOf = (notes: readonly { field: string }[]) =>
  notes.map(({ field }) => field);
