/**
 * What `npm run import` does (scripts/import.ts), as a function of its
 * arguments, environment and output streams, so that its tests and the
 * export's prepare step run it in their own process rather than start tsx
 * for every import.
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
  isSlugWords,
  readReleaseSource,
  releaseFilePath,
  REVIEW_MARKER,
} from "../lib/content/authoring";
import { importRelease } from "../lib/import/import-release";
import type { ImportNote } from "../lib/import/notes";
import { decodeText, type DecodedText } from "../lib/text/decode";

const usage =
  "usage: npm run import -- <release.txt> [--date YYYY-MM-DD] [--slug words-from-the-headline] [--force] [--dry-run] [--as-release]";

/** A stream the import writes text to, as process.stdout is. */
type Output = { write(text: string): unknown };

/**
 * The importer's surroundings. Relative paths, in the arguments and in
 * CONTENT_DIR, are read from the process's working directory, which is also
 * what the paths in messages are shown relative to.
 */
export type ImportIo = {
  /** Only CONTENT_DIR is read: the content folder to write to, else ./content. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The imported file, with --dry-run. */
  readonly stdout: Output;
  /** Every message, each a line. */
  readonly stderr: Output;
};

class UsageError extends Error {}

function readArguments(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        date: { type: "string" },
        slug: { type: "string" },
        force: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        "as-release": { type: "boolean", default: false },
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
  if (values.slug !== undefined && !isSlugWords(values.slug)) {
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
    asRelease: values["as-release"],
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

/**
 * Imports the text `argv` names, as `npm run import -- ...argv` does, and
 * returns the exit status: 0 written (or printed, with --dry-run); 1 nothing
 * written, because the text needs a decision, looks like no press release
 * (without --as-release) or the result fails the content checks; 2 bad usage,
 * or a file that holds no text to import.
 */
export function runImport(argv: readonly string[], io: ImportIo): number {
  const say = (line: string) => io.stderr.write(`${line}\n`);
  const report = (
    heading: string,
    items: readonly (ImportNote | ContentProblem)[],
  ) => {
    say(heading);
    for (const { field, message } of items) say(`  ${field}: ${message}`);
  };

  let options;
  try {
    options = readArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`${error.message}\n${usage}`);
    return 2;
  }

  const input = readText(options.file);
  if (!input.ok) {
    say(`${options.file}: ${input.problem}`);
    return 2;
  }
  // Windows-1252 is a guess from bytes that are not UTF-8: the reviewer should check it.
  if (input.encoding === "windows-1252")
    say(
      `${options.file}: not UTF-8, so read as Windows-1252; check its accented letters, quotes and symbols`,
    );
  const result = importRelease(input.text, options);
  if (result.kind === "not-a-release") {
    say(
      `${options.file}: this text looks like ${result.looksLike}, not a press release; nothing written. Import it anyway with --as-release`,
    );
    return 1;
  }
  if (result.kind === "needs-date") {
    report(`${options.file}: nothing written.`, result.notes);
    return 1;
  }
  // From the environment given, so that each test imports into a folder of its own.
  const contentDir = contentDirectory(io.env);
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
      // No file was written to edit: what the checks name is fixed in the text, or by writing the file by hand.
      `${target}: nothing written; the import fails the content checks, so change the text and import it again, or write the file by hand:`,
      checked.problems,
    );
    return 1;
  }
  const { clashes, unreadableFiles } = findClashesWithPublished(
    contentDir,
    checked.value,
  );
  for (const file of unreadableFiles)
    say(
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
    io.stdout.write(result.markdown);
    return 0;
  }
  if (fs.existsSync(target) && !options.force) {
    say(`${target} exists; nothing written. Pass --force to replace it.`);
    return 1;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, result.markdown);
  const placeholders = findReviewPlaceholders(result.frontMatter).map(
    ({ field }) => field,
  );
  say(
    `wrote ${target}. The build refuses it until you replace each "${REVIEW_MARKER}" placeholder: ${placeholders.join(", ")}.`,
  );
  return 0;
}
