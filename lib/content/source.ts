import fs from "node:fs";
import path from "node:path";
import { failed, succeeded, type Result } from "./result";
import type { CheckDescription } from "./checks/rule";

/** A check made here, as docs/adding-releases.md lists it (everyCheck). */
export const fileNameCheck: CheckDescription = {
  name: "file-name",
  description:
    "A release is a .md file named for its date and headline: 2004-03-29-update-on-financial-results.md.",
};

/** A short kebab-case headline: "update-on-financial-results". */
const slugWords = String.raw`[a-z0-9]+(?:-[a-z0-9]+)*`;
/** The release date, then the headline's words: 2004-03-29-update-on-financial-results */
const slugPattern = new RegExp(
  String.raw`^(?<date>\d{4}-\d{2}-\d{2})-${slugWords}$`,
);

/** Whether a text is a release slug's words, as the importer's --slug takes them. */
export const isSlugWords = (text: string) =>
  new RegExp(`^${slugWords}$`).test(text);

/** A release file's text and its path as messages show it. */
export type ReleaseSource = { readonly file: string; readonly source: string };

function listFiles(directory: string): string[] {
  return fs
    .readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function releasesDirectory(contentDir: string): string {
  return path.join(contentDir, "releases");
}

const shownPath = (absolutePath: string) =>
  path.relative(process.cwd(), absolutePath) || absolutePath;

/** Where a release with this slug is written, shown relative to the working directory. */
export function releaseFilePath(contentDir: string, slug: string): string {
  return shownPath(path.join(releasesDirectory(contentDir), `${slug}.md`));
}

/**
 * The text of every file under `<contentDir>/releases`, each with its path as
 * shown in messages; no sources where the folder does not exist.
 */
export function releaseSources(contentDir: string): {
  sources: ReleaseSource[] | undefined;
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

/** The slug a release file's name gives, and the date it starts with. */
export function nameOf(
  file: string,
): Result<{ slug: string; slugDate: string }> {
  if (path.extname(file) !== ".md") {
    return failed([
      {
        file,
        field: "file name",
        message: "only .md files belong in content/releases",
      },
    ]);
  }
  const slug = path.basename(file, ".md");
  const slugDate = slugPattern.exec(slug)?.groups?.date;
  if (!slugDate) {
    return failed([
      {
        file,
        field: "file name",
        message: `"${slug}.md" must be the release date then a short lower-case kebab-case headline, e.g. 2004-03-29-update-on-financial-results.md`,
      },
    ]);
  }
  return succeeded({ slug, slugDate });
}
