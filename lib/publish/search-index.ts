import { rmSync } from "node:fs";
import type { Release } from "@/lib/content";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { routes } from "@/lib/site/routes";

/** Where the browser loads the index from: public/pagefind is served as /pagefind. */
export const SEARCH_INDEX_DIRECTORY = "public/pagefind";

function releaseDocument(release: Release): string {
  // Pagefind reads the headline as the title and the body as the text to search and quote.
  return `<!doctype html><html lang="en"><head><title>${release.headline}</title></head><body>
<main data-pagefind-body>
<h1>${release.headline}</h1>
<p data-pagefind-meta="date">${formatCalendarDate(release.date)}</p>
${release.html}
</main></body></html>`;
}

/** Writes a static Pagefind index of the releases (headline and body) into `outputPath`. */
export async function writeSearchIndex(
  releases: readonly Release[],
  outputPath = SEARCH_INDEX_DIRECTORY,
) {
  rmSync(outputPath, { recursive: true, force: true });
  // Pagefind ships only as an ES module; scripts here run as CommonJS.
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  for (const release of releases) {
    const added = await index.addHTMLFile({
      url: routes.release(release.slug),
      content: releaseDocument(release),
    });
    if (added.errors.length > 0)
      throw new Error(
        `Pagefind refused ${release.sourceFile}: ${added.errors.join("; ")}`,
      );
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new Error(
      `Pagefind could not write ${outputPath}: ${written.errors.join("; ")}`,
    );
  await pagefind.close();
}
