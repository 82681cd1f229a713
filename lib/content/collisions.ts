import { deriveCalls } from "./calls";
import type { ContentProblem } from "./errors";
import { readFrontMatter } from "./front-matter";
import { succeeded, type Result } from "./result";
import type { Release } from "./model";
import { nameOf, releaseSources } from "./source";
import type { CheckDescription } from "./checks/rule";

/** A check made here, as docs/adding-releases.md lists it (everyCheck). */
export const uniqueReleasesCheck: CheckDescription = {
  name: "unique-releases",
  description:
    "No two releases share a slug, no two calls a page, and no release is published twice under two names (same date and headline).",
};

/** What tells releases apart: their slug, day, headline and call pages. */
export type ReleaseIdentity = Pick<
  Release,
  "slug" | "sourceFile" | "date" | "headline"
> & { readonly calls: readonly { readonly slug: string }[] };

/** The identity of one release from its name and front matter alone, placeholders allowed. */
function readIdentity(file: string, source: string): Result<ReleaseIdentity> {
  const named = nameOf(file);
  if (!named.ok) return named;
  const read = readFrontMatter(file, source, { allowReviewPlaceholders: true });
  if (!read.ok) return read;
  const { frontMatter } = read.value;
  return succeeded({
    slug: named.value.slug,
    sourceFile: file,
    date: frontMatter.date,
    headline: frontMatter.headline,
    calls: deriveCalls(file, named.value.slug, frontMatter.calls).calls,
  });
}

/**
 * What no single file shows: two releases with one slug (in different
 * folders), two calls with one page, and one release published twice (the
 * same date and headline under two file names).
 */
export function findCollisions(
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
    if (identity.ok) published.push(identity.value);
    else unreadableFiles.add(file);
  }
  return {
    clashes: findCollisions([...published, draft]).filter(
      ({ file }) => file === draft.sourceFile,
    ),
    unreadableFiles: [...unreadableFiles],
  };
}
