import { rmSync } from "node:fs";
import type { Release } from "@/lib/content";
import { searchDocuments } from "@/lib/publish/search-documents";

/** Where the browser loads the index from: public/pagefind is served as /pagefind. */
export const SEARCH_INDEX_DIRECTORY = "public/pagefind";

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
  for (const document of searchDocuments(releases)) {
    const added = await index.addHTMLFile({
      url: document.url,
      content: document.html,
    });
    if (added.errors.length > 0)
      throw new Error(
        `Pagefind refused ${document.sourceFile}: ${added.errors.join("; ")}`,
      );
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new Error(
      `Pagefind could not write ${outputPath}: ${written.errors.join("; ")}`,
    );
  await pagefind.close();
}
