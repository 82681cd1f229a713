import {
  compareCalendarDatesDescending,
  formatCalendarDate,
} from "@/lib/time/calendar-date";
import type { ReleaseCache } from "./cache";
import { deriveCalls } from "./calls";
import { runContentRules } from "./checks";
import { findCollisions } from "./collisions";
import { ContentError, type ContentProblem } from "./errors";
import { deriveEvents, numberEvents } from "./events";
import { readFrontMatter, type SourceCheck } from "./front-matter";
import { parseMarkdown } from "./markdown";
import {
  findAboutSection,
  renderMarkdown,
  renderMarkdownDocument,
} from "./render";
import { derivePublishedAt } from "./published";
import { failed, succeeded, type Result } from "./result";
import type { Release, ReleaseDraft } from "./model";
import type { ReleaseFrontMatter } from "./schema";
import { nameOf, releaseSources } from "./source";

/**
 * Checks and renders one release from its text, `file` being where it is (or
 * is to be) written: the same checks for a file in content/ and for an import
 * before it is written.
 */
/**
 * The dateline as printed at the start of the first paragraph: with the wire
 * that carried the release, or, for a release issued on the company's own
 * site, without one.
 */
function datelineLead({
  dateline,
  wire,
  date,
}: Pick<ReleaseFrontMatter, "dateline" | "wire" | "date">): string {
  const day = formatCalendarDate(date);
  return wire === undefined
    ? `${dateline}, ${day}--`
    : `${dateline}--(${wire.toUpperCase()})--${day}--`;
}

export function readReleaseSource(
  file: string,
  source: string,
  check: SourceCheck = {},
): Result<ReleaseDraft> {
  const named = nameOf(file);
  if (!named.ok) return named;
  const { slug, slugDate } = named.value;

  const read = readFrontMatter(file, source, check);
  if (!read.ok) return read;
  const { frontMatter, body, bodyFirstLine } = read.value;

  const tree = parseMarkdown(body);
  const problems = runContentRules({
    file,
    slugDate,
    frontMatter,
    tree,
    markdown: body,
    bodyFirstLine,
  });
  const { publishedAt, problems: issueProblems } = derivePublishedAt(
    file,
    frontMatter,
  );
  const { calls, problems: callProblems } = deriveCalls(
    file,
    slug,
    frontMatter.calls,
  );
  problems.push(...issueProblems, ...callProblems);
  if (problems.length > 0) return failed(problems);

  const lead = datelineLead(frontMatter);
  const { html, paragraphs } = renderMarkdownDocument(tree, {
    lead,
    paragraphAnchors: true,
  });
  const dated = deriveEvents(file, { ...frontMatter, slug }, calls, paragraphs);
  if (dated.problems.length > 0) return failed(dated.problems);
  const about = findAboutSection(tree);
  return succeeded({
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
  });
}

export type LoadOptions = {
  /** Releases already checked and rendered, by their text; none by default. */
  readonly cache?: ReleaseCache;
  /** Told how many releases were parsed and how many came from the cache. */
  readonly log?: (line: string) => void;
  /** Tell `log` only when a release had to be parsed, not when all came from the cache. */
  readonly logOnlyParsing?: boolean;
};

/**
 * Reads, checks and renders every release under `<contentDir>/releases`, newest
 * first. Any problem in any file throws one ContentError listing them all.
 */
export function loadReleases(
  contentDir: string,
  { cache, log, logOnlyParsing = false }: LoadOptions = {},
): Release[] {
  const { sources, folder } = releaseSources(contentDir);
  if (!sources)
    throw new ContentError([
      { file: folder, field: "folder", message: "not found" },
    ]);
  const releases: ReleaseDraft[] = [];
  const problems: ContentProblem[] = [];
  let parsed = 0;
  for (const { file, source } of sources) {
    const cached = cache?.get(file, source);
    if (cached) {
      releases.push(cached);
      continue;
    }
    parsed++;
    const release = readReleaseSource(file, source);
    if (!release.ok) {
      problems.push(...release.problems);
      continue;
    }
    releases.push(release.value);
    cache?.put(file, source, release.value);
  }
  if (parsed > 0 || !logOnlyParsing)
    log?.(
      `content: parsed ${parsed} of ${sources.length} releases${cache ? `, ${sources.length - parsed} from the cache` : ""}`,
    );
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
