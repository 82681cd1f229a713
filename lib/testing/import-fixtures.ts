import fs from "node:fs";
import path from "node:path";
import { readReleaseSource } from "@/lib/content/authoring";
import { importRelease, type ImportOptions } from "@/lib/import/import-release";

const fixtures = path.join(import.meta.dirname, "../import/__fixtures__");

/** The text of one of the importer's fixtures in lib/import/__fixtures__. */
export const readFixture = (fixture: string) =>
  fs.readFileSync(path.join(fixtures, fixture), "utf8");

/** The content file the importer makes of a text; throws when it asks for a date instead. */
export function importText(
  text: string,
  label: string,
  options?: ImportOptions,
) {
  const result = importRelease(text, options);
  if (result.kind !== "imported")
    throw new Error(`${label}: ${JSON.stringify(result.notes)}`);
  const [call] = result.frontMatter.calls ?? [];
  return { ...result, call };
}

/** The build's checks of an imported content file, placeholders apart. */
export const checkImported = ({
  fileSlug,
  markdown,
}: {
  readonly fileSlug: string;
  readonly markdown: string;
}) =>
  readReleaseSource(`content/releases/${fileSlug}.md`, markdown, {
    allowReviewPlaceholders: true,
  });

/** The fixtures that are no press release, and what the importer must say each looks like. */
export const notAReleaseFixtures: readonly (readonly [string, string])[] = [
  [
    "not-a-release-call-transcript.txt",
    'a call transcript (20 speaker turns such as "OPERATOR:" and a "Question-and-Answer Session" heading)',
  ],
  [
    "not-a-release-call-script.txt",
    'a conference-call script (1 operator line and 6 phrases said on a call, such as "Good afternoon and welcome")',
  ],
  [
    "not-a-release-table-alone.txt",
    "a financial table alone (29 of its 38 lines in columns, no dateline and only 1 line of prose)",
  ],
];
