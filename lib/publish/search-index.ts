import { rmSync } from "node:fs";
import type { Release } from "@/lib/content";
import { SEARCH_URL_PATH } from "@/lib/publish/search-files";
import {
  searchDocuments,
  type SearchResultKind,
} from "@/lib/publish/search-documents";

/** Where the build writes the index: under public/, served at the path the browser loads it from. */
export const SEARCH_INDEX_DIRECTORY = `public${SEARCH_URL_PATH}`;

/**
 * Writes a static Pagefind index of the releases, their calls and their
 * timeline entries into `outputPath`, and says how many of each it holds.
 */
export async function writeSearchIndex(
  releases: readonly Release[],
  outputPath = SEARCH_INDEX_DIRECTORY,
): Promise<Record<SearchResultKind, number>> {
  rmSync(outputPath, { recursive: true, force: true });
  // Pagefind ships only as an ES module; scripts here run as CommonJS.
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const counts = { release: 0, call: 0, timeline: 0 };
  for (const document of searchDocuments(releases)) {
    const added = await index.addHTMLFile({
      url: document.url,
      content: document.html,
    });
    if (added.errors.length > 0)
      throw new Error(
        `Pagefind refused ${document.url} of ${document.sourceFile}: ${added.errors.join("; ")}`,
      );
    counts[document.kind] += 1;
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new Error(
      `Pagefind could not write ${outputPath}: ${written.errors.join("; ")}`,
    );
  await pagefind.close();
  return counts;
}

/** The line the build logs once the index is written. */
export const describeSearchIndex = (
  counts: Record<SearchResultKind, number>,
  outputPath = SEARCH_INDEX_DIRECTORY,
) =>
  `search index: ${counts.release} releases, ${counts.call} calls and ${counts.timeline} timeline entries written to ${outputPath}/`;
