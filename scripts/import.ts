/**
 * `npm run import -- <release.txt> [--date YYYY-MM-DD] [--slug words] [--force] [--dry-run]`
 *
 * Writes content/releases/<date>-<slug>.md from a wire-service text, read as
 * UTF-8, UTF-16 with a byte-order mark, or else Windows-1252. Exit codes: 0
 * written (or printed, with --dry-run); 1 nothing written, because the text
 * needs a decision or the result fails the content checks; 2 bad usage, or a
 * file that holds no text to import (missing, a directory, empty or binary).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { calendarDateSchema } from "../lib/time/calendar-date";
import {
  contentDirectory,
  type ContentProblem,
  findClashesWithPublished,
  findReviewPlaceholders,
  readReleaseSource,
  releaseFilePath,
  REVIEW_MARKER,
} from "../lib/content/authoring";
import { importRelease } from "../lib/import/import-release";
import type { ImportNote } from "../lib/import/notes";
import { decodeText, type DecodedText } from "../lib/text/decode";

const usage =
  "usage: npm run import -- <release.txt> [--date YYYY-MM-DD] [--slug words-from-the-headline] [--force] [--dry-run]";

class UsageError extends Error {}

function readArguments() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        date: { type: "string" },
        slug: { type: "string" },
        force: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? error.message : String(error),
    );
  }
  const { positionals, values } = parsed;
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0)
    throw new UsageError("give exactly one text file to import");
  const date =
    values.date === undefined
      ? undefined
      : calendarDateSchema.safeParse(values.date);
  if (date && !date.success)
    throw new UsageError(
      `--date ${values.date}: expected a real date written YYYY-MM-DD`,
    );
  if (
    values.slug !== undefined &&
    !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.slug)
  ) {
    throw new UsageError(
      `--slug ${values.slug}: expected lower-case words joined by hyphens, without the date`,
    );
  }
  return {
    file,
    date: date?.data,
    slug: values.slug,
    force: values.force,
    dryRun: values["dry-run"],
  };
}

function readText(file: string): DecodedText {
  const stats = fs.statSync(file, { throwIfNoEntry: false });
  if (!stats) return { ok: false, problem: "no such file" };
  if (stats.isDirectory())
    return { ok: false, problem: "is a directory, not a text file" };
  // A pipe or a device could block the read, or never end.
  if (!stats.isFile()) return { ok: false, problem: "is not a regular file" };
  return decodeText(fs.readFileSync(file));
}

function report(
  heading: string,
  items: readonly (ImportNote | ContentProblem)[],
) {
  console.error(heading);
  for (const { field, message } of items)
    console.error(`  ${field}: ${message}`);
}

function main(): number {
  let options;
  try {
    options = readArguments();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${usage}`);
    return 2;
  }

  const input = readText(options.file);
  if (!input.ok) {
    console.error(`${options.file}: ${input.problem}`);
    return 2;
  }
  // Windows-1252 is a guess from bytes that are not UTF-8: the reviewer should check it.
  if (input.encoding === "windows-1252")
    console.error(
      `${options.file}: not UTF-8, so read as Windows-1252; check its accented letters, quotes and symbols`,
    );
  const result = importRelease(input.text, options);
  if (result.kind === "needs-date") {
    report(`${options.file}: nothing written.`, result.notes);
    return 1;
  }
  const contentDir = contentDirectory();
  const target = releaseFilePath(contentDir, result.fileSlug);
  if (result.notes.length > 0)
    report(
      `${options.file}: not imported, so left for you to add or check:`,
      result.notes,
    );

  const checked = readReleaseSource(target, result.markdown, {
    allowReviewPlaceholders: true,
  });
  if (!checked.ok) {
    report(
      `${target}: nothing written; the import fails the content checks:`,
      checked.problems,
    );
    return 1;
  }
  const { clashes, unreadableFiles } = findClashesWithPublished(
    contentDir,
    checked.value,
  );
  for (const file of unreadableFiles)
    console.error(
      `${file}: fails its own content checks (npm run build lists them), so the import was not compared with it`,
    );
  if (clashes.length > 0) {
    report(
      `${target}: nothing written; the import clashes with content already there:`,
      clashes,
    );
    return 1;
  }
  if (options.dryRun) {
    process.stdout.write(result.markdown);
    return 0;
  }
  if (fs.existsSync(target) && !options.force) {
    console.error(
      `${target} exists; nothing written. Pass --force to replace it.`,
    );
    return 1;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, result.markdown);
  const placeholders = findReviewPlaceholders(result.frontMatter).map(
    ({ field }) => field,
  );
  console.error(
    `wrote ${target}. The build refuses it until you replace each "${REVIEW_MARKER}" placeholder: ${placeholders.join(", ")}.`,
  );
  return 0;
}

process.exitCode = main();
