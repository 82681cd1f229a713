import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { z } from "zod";

/**
 * The git-ignored folder the static export is built from: content/, the
 * hostile release and the imported ones (playwright.export.config.ts), so the
 * content folder itself stays as editors left it.
 */
export const EXPORT_CONTENT_DIRECTORY = ".export-content";

/**
 * Texts of three different forms that the export run imports with the real
 * CLI: a call written as labelled lines ("Date:", "Dial-in:", "Replay:"), a
 * webcast presentation at a conference whose time names no zone, and a PR
 * Newswire dateline. All are dated before the hostile release, which must
 * stay the newest for hostile.spec.ts to find it on the home page.
 */
export const IMPORTED_FIXTURES = [
  "lib/import/__fixtures__/call-lines-conference-call-information.txt",
  "lib/import/__fixtures__/presentation-without-zone.txt",
  "lib/import/__fixtures__/dateline-pr-newswire.txt",
] as const;

/** The repository, which the fixtures' paths and the CLI's CONTENT_DIR are relative to. */
export const repositoryRoot = path.resolve(__dirname, "../..");

export const releasesDirectory = path.join(
  repositoryRoot,
  EXPORT_CONTENT_DIRECTORY,
  "releases",
);

/** Which release file (its slug) each fixture became, as the prepare step found it written. */
const manifestFile = path.join(
  repositoryRoot,
  EXPORT_CONTENT_DIRECTORY,
  "imported.json",
);
const manifestSchema = z.record(z.string(), z.string());

export function writeManifest(slugs: Record<string, string>): void {
  fs.writeFileSync(manifestFile, `${JSON.stringify(slugs, null, 2)}\n`);
}

/** The slug the import of `fixture` was written under; only once the export's web server has started. */
export function importedSlug(fixture: string): string {
  const slug = manifestSchema.parse(
    JSON.parse(fs.readFileSync(manifestFile, "utf8")),
  )[fixture];
  if (slug === undefined)
    throw new Error(`${manifestFile} names no release for ${fixture}`);
  return slug;
}

/**
 * Read as the build reads it (lib/content/front-matter.ts): the core YAML
 * schema has no timestamps, so `date: 2005-04-20` stays that string.
 */
const frontMatterOptions = {
  engines: {
    yaml: (text: string): object =>
      loadYaml(text, { schema: CORE_SCHEMA }) ?? {},
  },
};

/** A release file's front matter, as parsed YAML to be checked by the caller, and the text after it. */
export function readReleaseFile(slug: string): {
  data: unknown;
  content: string;
} {
  const { data, content } = matter(
    fs.readFileSync(path.join(releasesDirectory, `${slug}.md`), "utf8"),
    frontMatterOptions,
  );
  return { data, content };
}
