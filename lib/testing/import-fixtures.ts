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
