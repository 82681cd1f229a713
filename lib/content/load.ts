import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml, YAMLException } from "js-yaml";
import type { z } from "zod";
import {
  formatCalendarDate,
  compareCalendarDatesDescending,
} from "@/lib/time/calendar-date";
import { deriveCalls, findCallProblems } from "./calls";
import { ContentError, type ContentProblem } from "./errors";
import { deriveEvents, numberEvents, type UnnumberedEvent } from "./events";
import {
  findAboutSection,
  findBodyProblems,
  parseMarkdown,
  renderMarkdown,
  renderMarkdownDocument,
} from "./markdown";
import { derivePublishedAt } from "./published";
import { findReviewPlaceholders, REVIEW_MARKER } from "./review";
import { findWeekdayProblems } from "./weekdays";
import {
  releaseFrontMatterSchema,
  type Release,
  type ReleaseFrontMatter,
} from "./schema";

/** The release date, then a short kebab-case headline: 2004-03-29-update-on-financial-results */
const slugPattern = /^(?<date>\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The core YAML schema has no timestamp type, so `date: 2004-03-29` stays the
 * string it is written as instead of becoming UTC midnight of a JavaScript Date.
 */
const frontMatterOptions = {
  engines: {
    yaml: (text: string): object =>
      loadYaml(text, { schema: CORE_SCHEMA }) ?? {},
  },
};

function listFiles(directory: string): string[] {
  return fs
    .readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function fieldPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (field, segment) =>
      typeof segment === "number"
        ? `${field}[${segment}]`
        : field
          ? `${field}.${String(segment)}`
          : String(segment),
    "",
  );
}

const knownFields = Object.keys(releaseFrontMatterSchema.shape).join(", ");

function schemaProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === "unrecognized_keys") {
      const where = fieldPath(issue.path);
      return issue.keys.map((key) => ({
        file,
        field: where ? `${where}.${key}` : key,
        message: where
          ? "unknown field"
          : `unknown field; release front matter has ${knownFields}`,
      }));
    }
    const missing = issue.code === "invalid_type" && issue.input === undefined;
    return [
      {
        file,
        field: fieldPath(issue.path) || "front matter",
        message: missing ? `is required (${issue.expected})` : issue.message,
      },
    ];
  });
}

type FrontMatterResult = {
  frontMatter: ReleaseFrontMatter;
  body: string;
  bodyFirstLine: number;
};

/** How a source is checked: an import about to be written may still hold placeholders for its reviewer. */
export type SourceCheck = { readonly allowReviewPlaceholders?: boolean };

function readFrontMatter(
  file: string,
  source: string,
  { allowReviewPlaceholders = false }: SourceCheck,
): FrontMatterResult | ContentProblem[] {
  if (!matter.test(source)) {
    return [
      {
        file,
        field: "front matter",
        message: "missing: a release starts with a --- front matter --- block",
      },
    ];
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, frontMatterOptions);
  } catch (error) {
    if (error instanceof YAMLException) {
      // The front matter text starts on the line of the opening ---.
      const line = error.mark ? ` at line ${error.mark.line + 1}` : "";
      return [
        {
          file,
          field: "front matter",
          message: `is not valid YAML${line}: ${error.reason}`,
        },
      ];
    }
    throw error;
  }
  const unreviewed: ContentProblem[] = allowReviewPlaceholders
    ? []
    : findReviewPlaceholders(parsed.data).map(({ field, value }) => ({
        file,
        field,
        message: `is still the import placeholder ${JSON.stringify(value)}; write it, without "${REVIEW_MARKER}", once you have reviewed the import`,
      }));
  const result = releaseFrontMatterSchema.safeParse(parsed.data, {
    reportInput: true,
  });
  if (!result.success)
    return [...unreviewed, ...schemaProblems(file, result.error)];
  if (unreviewed.length > 0) return unreviewed;
  const beforeBody = source.slice(0, source.length - parsed.content.length);
  return {
    frontMatter: result.data,
    body: parsed.content,
    bodyFirstLine: beforeBody.split("\n").length,
  };
}

/** A release before its events get their site-wide ids. */
export type ReleaseDraft = Omit<Release, "events"> & {
  events: UnnumberedEvent[];
};

/** The slug a release file's name gives, and the date it starts with. */
function nameOf(
  file: string,
): { slug: string; slugDate: string } | ContentProblem[] {
  if (path.extname(file) !== ".md") {
    return [
      {
        file,
        field: "file name",
        message: "only .md files belong in content/releases",
      },
    ];
  }
  const slug = path.basename(file, ".md");
  const slugDate = slugPattern.exec(slug)?.groups?.date;
  if (!slugDate) {
    return [
      {
        file,
        field: "file name",
        message: `"${slug}.md" must be the release date then a short lower-case kebab-case headline, e.g. 2004-03-29-update-on-financial-results.md`,
      },
    ];
  }
  return { slug, slugDate };
}

/** What tells releases apart: their slug, day, headline and call pages. */
export type ReleaseIdentity = Pick<
  ReleaseDraft,
  "slug" | "sourceFile" | "date" | "headline"
> & { readonly calls: readonly { readonly slug: string }[] };

/** The identity of one release from its name and front matter alone, placeholders allowed. */
function readIdentity(
  file: string,
  source: string,
): ReleaseIdentity | ContentProblem[] {
  const named = nameOf(file);
  if (Array.isArray(named)) return named;
  const read = readFrontMatter(file, source, { allowReviewPlaceholders: true });
  if (Array.isArray(read)) return read;
  const { frontMatter } = read;
  return {
    slug: named.slug,
    sourceFile: file,
    date: frontMatter.date,
    headline: frontMatter.headline,
    calls: deriveCalls(file, named.slug, frontMatter.calls).calls,
  };
}

/**
 * What a new release, about to be written as `draft.sourceFile`, would clash
 * with among those already under `<contentDir>/releases`: reading their names
 * and front matter is enough, without rendering every body. The file the new
 * one replaces is left out; files that cannot be read are named, since the
 * build will refuse them anyway.
 */
export function findClashesWithPublished(
  contentDir: string,
  draft: ReleaseIdentity,
): { clashes: ContentProblem[]; unreadableFiles: string[] } {
  const { sources } = releaseSources(contentDir);
  if (!sources) return { clashes: [], unreadableFiles: [] };
  const published: ReleaseIdentity[] = [];
  const unreadableFiles = new Set<string>();
  for (const { file, source } of sources) {
    if (file === draft.sourceFile) continue;
    const identity = readIdentity(file, source);
    if (Array.isArray(identity)) unreadableFiles.add(file);
    else published.push(identity);
  }
  return {
    clashes: findCollisions([...published, draft]).filter(
      ({ file }) => file === draft.sourceFile,
    ),
    unreadableFiles: [...unreadableFiles],
  };
}

/**
 * Checks and renders one release from its text, `file` being where it is (or
 * is to be) written: the same checks for a file in content/ and for an import
 * before it is written.
 */
export function readReleaseSource(
  file: string,
  source: string,
  check: SourceCheck = {},
): ReleaseDraft | ContentProblem[] {
  const named = nameOf(file);
  if (Array.isArray(named)) return named;
  const { slug, slugDate } = named;

  const read = readFrontMatter(file, source, check);
  if (Array.isArray(read)) return read;
  const { frontMatter, body, bodyFirstLine } = read;

  const problems: ContentProblem[] = [];
  if (frontMatter.date !== slugDate) {
    problems.push({
      file,
      field: "date",
      message: `${frontMatter.date} does not match the date ${slugDate} in the file name; rename the file or correct the date`,
    });
  }
  const { publishedAt, problems: issueProblems } = derivePublishedAt(
    file,
    frontMatter,
  );
  problems.push(...issueProblems);
  const tree = parseMarkdown(body);
  const { calls, problems: callProblems } = deriveCalls(
    file,
    slug,
    frontMatter.calls,
  );
  problems.push(
    ...callProblems,
    ...findCallProblems(file, frontMatter.calls, tree),
  );
  for (const problem of [
    ...findBodyProblems(tree, body),
    ...findWeekdayProblems(tree),
  ]) {
    const line =
      problem.line === undefined
        ? ""
        : ` (line ${problem.line + bodyFirstLine - 1})`;
    problems.push({ file, field: `body${line}`, message: problem.message });
  }
  if (problems.length > 0) return problems;

  const lead = `${frontMatter.dateline}--(${frontMatter.wire.toUpperCase()})--${formatCalendarDate(frontMatter.date)}--`;
  const { html, paragraphs } = renderMarkdownDocument(tree, {
    lead,
    paragraphAnchors: true,
  });
  const dated = deriveEvents(file, { ...frontMatter, slug }, calls, paragraphs);
  if (dated.problems.length > 0) return dated.problems;
  const about = findAboutSection(tree);
  return {
    ...frontMatter,
    publishedAt,
    calls,
    events: dated.events,
    figures: dated.figures,
    slug,
    sourceFile: file,
    html,
    about: about && {
      heading: about.heading,
      html: renderMarkdown(about.tree),
    },
  };
}

function releasesDirectory(contentDir: string): string {
  return path.join(contentDir, "releases");
}

/** Where a release with this slug is written, shown relative to the working directory. */
export function releaseFilePath(contentDir: string, slug: string): string {
  return shownPath(path.join(releasesDirectory(contentDir), `${slug}.md`));
}

const shownPath = (absolutePath: string) =>
  path.relative(process.cwd(), absolutePath) || absolutePath;

/**
 * The text of every file under `<contentDir>/releases`, each with its path as
 * shown in messages; no sources where the folder does not exist.
 */
function releaseSources(contentDir: string): {
  sources: { file: string; source: string }[] | undefined;
  folder: string;
} {
  const directory = releasesDirectory(contentDir);
  return {
    sources: fs.existsSync(directory)
      ? listFiles(directory).map((absolutePath) => ({
          file: shownPath(absolutePath),
          source: fs.readFileSync(absolutePath, "utf8"),
        }))
      : undefined,
    folder: shownPath(directory),
  };
}

/**
 * What no single file shows: two releases with one slug (in different
 * folders), two calls with one page, and one release published twice (the
 * same date and headline under two file names).
 */
function findCollisions(
  releases: readonly ReleaseIdentity[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, ReleaseIdentity>();
  const byDateAndHeadline = new Map<string, ReleaseIdentity>();
  const byCallSlug = new Map<string, ReleaseIdentity>();
  for (const release of releases) {
    const sameSlug = bySlug.get(release.slug);
    if (sameSlug) {
      problems.push({
        file: release.sourceFile,
        field: "file name",
        message: `duplicate slug "${release.slug}": ${sameSlug.sourceFile} has the same name`,
      });
      continue;
    }
    bySlug.set(release.slug, release);
    const dateAndHeadline = `${release.date} ${release.headline}`;
    const sameRelease = byDateAndHeadline.get(dateAndHeadline);
    if (sameRelease) {
      problems.push({
        file: release.sourceFile,
        field: "headline",
        message: `${sameRelease.sourceFile} already publishes a release of ${release.date} with this headline`,
      });
    }
    byDateAndHeadline.set(dateAndHeadline, release);
    for (const [index, call] of release.calls.entries()) {
      const sameCall = byCallSlug.get(call.slug);
      if (sameCall) {
        problems.push({
          file: release.sourceFile,
          field: `calls[${index}]`,
          message: `its page would be /calls/${call.slug}, as would a call of ${sameCall.sourceFile}; rename one of the releases`,
        });
      }
      byCallSlug.set(call.slug, release);
    }
  }
  return problems;
}

/**
 * Reads, checks and renders every release under `<contentDir>/releases`, newest
 * first. Any problem in any file throws one ContentError listing them all.
 */
export function loadReleases(contentDir: string): Release[] {
  const { sources, folder } = releaseSources(contentDir);
  if (!sources)
    throw new ContentError([
      { file: folder, field: "folder", message: "not found" },
    ]);
  const releases: ReleaseDraft[] = [];
  const problems: ContentProblem[] = [];
  for (const { file, source } of sources) {
    const release = readReleaseSource(file, source);
    if (Array.isArray(release)) problems.push(...release);
    else releases.push(release);
  }
  problems.push(...findCollisions(releases));
  if (problems.length === 0 && releases.length === 0) {
    problems.push({
      file: folder,
      field: "folder",
      message: "holds no releases (*.md files)",
    });
  }
  if (problems.length > 0) throw new ContentError(problems);

  // Numbered oldest first, so that a new release never renumbers older events.
  const oldestFirst = releases.sort(
    (a, b) =>
      compareCalendarDatesDescending(b.date, a.date) ||
      a.slug.localeCompare(b.slug),
  );
  const numbered = numberEvents(oldestFirst.map((release) => release.events));
  return oldestFirst
    .map((release, index): Release => ({
      ...release,
      events: numbered[index] ?? [],
    }))
    .reverse();
}
