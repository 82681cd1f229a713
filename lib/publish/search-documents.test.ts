import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { loadReleases } from "@/lib/content/authoring";
import {
  searchDocuments,
  type SearchDocument,
} from "@/lib/publish/search-documents";
import { routes } from "@/lib/site/routes";

const releases = loadReleases("content");

/** The metadata Pagefind reads from each document, by the URL it gives the result. */
async function indexedMeta(
  documents: readonly SearchDocument[],
): Promise<Map<string, Record<string, string>>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(errors.join("; "));
  const meta = new Map<string, Record<string, string>>();
  for (const { url, html } of documents) {
    const added = await index.addHTMLFile({ url, content: html });
    expect(added.errors).toEqual([]);
    meta.set(added.file.url, added.file.meta);
  }
  await index.deleteIndex();
  return meta;
}

afterAll(() => pagefind.close());

describe("search documents", () => {
  it("hold every release, each leading to its page, titled with its headline", async () => {
    const meta = await indexedMeta(searchDocuments(releases));
    expect([...meta].map(([url, { title }]) => [url, title])).toEqual(
      releases.map((release) => [
        routes.release(release.slug),
        release.headline,
      ]),
    );
  });

  it("give a headline with markup characters back as written", async () => {
    const [release] = releases;
    if (!release) throw new Error("content/ has no release");
    const headline = `R&D <Lab> & "Q" </h1><script>window.x=1</script> &amp; 5 < 6`;
    const meta = await indexedMeta(searchDocuments([{ ...release, headline }]));
    expect(meta.get(routes.release(release.slug))?.title).toBe(headline);
  });
});
