import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { loadReleases } from "@/lib/content/authoring";
import {
  searchDocuments,
  searchResultKinds,
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
  it("hold every release, call and timeline entry, each leading to its page and saying what it is", async () => {
    const meta = await indexedMeta(searchDocuments(releases));
    const expected = releases.flatMap((release) => [
      [routes.release(release.slug), searchResultKinds.release],
      // Every call of the seeds is a conference call, and says so.
      ...release.calls.map((call) => [
        routes.call(call.slug),
        "Conference call",
      ]),
      ...release.events.map((event) => [
        routes.timelineEvent(event),
        searchResultKinds.timeline,
      ]),
    ]);
    expect(expected.length).toBeGreaterThan(releases.length * 2);
    expect([...meta].map(([url, { kind }]) => [url, kind])).toEqual(expected);
  });

  it("give headlines, call titles and labels with markup characters back as written", async () => {
    const [release] = releases;
    const [call] = release?.calls ?? [];
    const [event] = release?.events ?? [];
    if (!release || !call || !event)
      throw new Error("content/ has no release with a call and an event");
    const text = `R&D <Lab> & "Q" </h1><script>window.x=1</script> &amp; 5 < 6`;
    const meta = await indexedMeta(
      searchDocuments([
        {
          ...release,
          headline: text,
          calls: [{ ...call, title: text }],
          events: [{ ...event, label: text }],
        },
      ]),
    );
    expect(meta.get(routes.release(release.slug))?.title).toBe(text);
    expect(meta.get(routes.call(call.slug))?.title).toBe(text);
    expect(meta.get(routes.timelineEvent(event))?.label).toBe(text);
  });

  it("word a call's sections as its page does, a replay as while it can be heard", () => {
    const call = searchDocuments(releases).find(
      ({ url }) =>
        url ===
        "/calls/2005-03-03-preliminary-fourth-quarter-2004-results-call",
    );
    const text = call?.html.replace(/<[^>]+>/g, "\n") ?? "";
    expect(text).toContain("\nListen live\n");
    expect(text).toContain("\nBy telephone\n");
    expect(text).toContain("\nReplay\n");
    expect(text).toContain("\nWebcast replay\n");
    expect(text).toContain(
      "\nAvailable until the end of March 17, 2005, Eastern Time\n",
    );
    expect(text).toContain("\nreservation number: 21228369\n");
  });

  it("label timeline entries rather than title them, so that Pagefind's title boost does not put them first", async () => {
    const meta = await indexedMeta(searchDocuments(releases));
    const entries = [...meta.values()].filter(
      ({ kind }) => kind === searchResultKinds.timeline,
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.title).toBeUndefined();
      expect(entry.label).toMatch(/\S/);
      expect(entry.date).toMatch(/\d{4}/);
    }
  });

  it("put a call's replay numbers, in the site's one format, and code, under the name its release gives the code, on its page", () => {
    const calls = releases.flatMap((release) => release.calls);
    const documents = searchDocuments(releases);
    for (const call of calls) {
      const page = documents.find(({ url }) => url === routes.call(call.slug));
      for (const replay of call.replays) {
        if (replay.channel !== "telephone") continue;
        expect(page?.html).toContain(`${replay.codeName}: ${replay.code}`);
        for (const number of replay.numbers) {
          expect(page?.html).toContain(`${number.label}: ${number.display}`);
        }
      }
    }
    expect(calls.map((call) => call.replays[0]?.channel)).toContain(
      "telephone",
    );
  });
});
