/**
 * The export run's prepare step (playwright.export.config.ts), after content/
 * is copied: imports each of IMPORTED_FIXTURES into the export's content as
 * `npm run import` does (runImport, in this process rather than a tsx start-up
 * per fixture), then does the reviewer's part, replacing every REVIEW
 * placeholder with a value fit for its field, so that the build publishes the
 * imports as it would an editor's.
 */
import fs from "node:fs";
import path from "node:path";
import { dump } from "js-yaml";
import { REVIEW_MARKER } from "../../lib/content/authoring";
import { runImport } from "../../scripts/run-import";
import {
  EXPORT_CONTENT_DIRECTORY,
  IMPORTED_FIXTURES,
  readReleaseFile,
  releasesDirectory,
  repositoryRoot,
  writeManifest,
} from "./imported-releases";

type FieldPath = readonly (string | number)[];

/** Fields the schema takes as any non-empty text, so that a short text is a value a reviewer could write. */
const textFields = new Set([
  "headline",
  "dateline",
  "exhibit",
  "name",
  "organization",
  "purpose",
  "label",
  "access",
  "codeName",
  "value",
]);

/**
 * A reviewer's value for a placeholder at `at`, named after the fixture so a
 * page shows where it came from, or undefined to delete the field, as a
 * zone placeholder asks. A field with a format (a date, a number, a
 * URL, a quote of the body) has no made-up value: it stops the run here,
 * rather than as a content error after the build's first steps.
 */
function reviewedValue(at: FieldPath, fixtureName: string): string | undefined {
  const names = at.filter((segment) => typeof segment === "string");
  switch (names.join(".")) {
    case "summary":
      return `A release imported from ${fixtureName} and reviewed for the static export's test.`;
    case "calls.title":
      return `Conference call announced in ${fixtureName}`;
    case "events.label":
      return `Event stated in ${fixtureName}`;
    case "figures.label":
      return `Figure stated in ${fixtureName}`;
  }
  const name = names.at(-1) ?? "";
  switch (name) {
    case "zone":
      // As the placeholder asks when the text names no zone: the time is shown as printed.
      return undefined;
    case "email":
      return "investor.relations@example.com";
    case "role":
      return "Investor Relations";
    case "wire":
      return "Business Wire";
    case "exchange":
      return "Nasdaq";
    case "ticker":
      return "SONS";
  }
  if (textFields.has(name)) return `Reviewed text for ${fixtureName}`;
  throw new Error(
    `${fixtureName}: no reviewed value known for the placeholder at ${JSON.stringify(at)}; add one to e2e/export/import-fixtures.ts`,
  );
}

/** `value` with every placeholder string under it replaced by `fill` of its path. */
function withoutPlaceholders(
  value: unknown,
  fill: (at: FieldPath) => string | undefined,
  at: FieldPath = [],
): unknown {
  if (typeof value === "string")
    return value.trimStart().startsWith(REVIEW_MARKER) ? fill(at) : value;
  if (Array.isArray(value))
    return value.map((item, index) =>
      withoutPlaceholders(item, fill, [...at, index]),
    );
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, item]) => {
        const reviewed = withoutPlaceholders(item, fill, [...at, key]);
        return reviewed === undefined ? [] : [[key, reviewed]];
      }),
    );
  return value;
}

/** Runs `npm run import -- <fixture>` and returns the slug of the one release file it wrote. */
function importFixture(fixture: string): string {
  const before = new Set(fs.readdirSync(releasesDirectory));
  let stderr = "";
  const status = runImport([path.join(repositoryRoot, fixture)], {
    env: { CONTENT_DIR: path.join(repositoryRoot, EXPORT_CONTENT_DIRECTORY) },
    // Only a --dry-run prints to stdout, and this is none.
    stdout: process.stdout,
    stderr: { write: (text: string) => (stderr += text) },
  });
  if (status !== 0)
    throw new Error(
      `npm run import -- ${fixture} exited with ${status}:\n${stderr}`,
    );
  const written = fs
    .readdirSync(releasesDirectory)
    .filter((file) => !before.has(file));
  const [file] = written;
  if (written.length !== 1 || file === undefined)
    throw new Error(
      `npm run import -- ${fixture} succeeded but wrote ${written.length} files to ${releasesDirectory}:\n${stderr}`,
    );
  return path.basename(file, ".md");
}

/** Replaces the placeholders of an imported file, writing it back as the importer writes front matter. */
function review(slug: string, fixtureName: string): void {
  const { data, content } = readReleaseFile(slug);
  const reviewed = withoutPlaceholders(data, (at) =>
    reviewedValue(at, fixtureName),
  );
  // The importer's dump options (lib/import/import-release.ts): the default
  // dump schema quotes what a YAML 1.1 reader would take for a timestamp, so
  // dates and times stay quoted strings.
  const yaml = dump(reviewed, {
    lineWidth: 100,
    noRefs: true,
    quoteStyle: "double",
  });
  fs.writeFileSync(
    path.join(releasesDirectory, `${slug}.md`),
    `---\n${yaml}---\n${content}`,
  );
}

const slugs: Record<string, string> = {};
for (const fixture of IMPORTED_FIXTURES) {
  const slug = importFixture(fixture);
  review(slug, path.basename(fixture));
  slugs[fixture] = slug;
}
writeManifest(slugs);
