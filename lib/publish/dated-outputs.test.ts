import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { loadReleases } from "@/lib/content/authoring";
import { FEED_RELEASE_COUNT, releaseFeed } from "@/lib/publish/feeds";
import { publishedIso } from "@/lib/publish/metadata";
import { newsArticleJsonLd } from "@/lib/publish/structured-data";
import { dayIn, READER_ZONES } from "@/lib/testing/reader-zones";

const releases = loadReleases("content");
const datelineDays = releases.map(({ date }) => date);

type AtomItem = { published?: string; updated?: string };

describe.each(READER_ZONES)(
  "every instant the site emits is on the dateline day for a reader in %s",
  (zone) => {
    it("RSS pubDate and lastBuildDate", async () => {
      const rss = await new Parser().parseString(releaseFeed(releases).rss2());
      expect(rss.items.map(({ pubDate = "" }) => dayIn(pubDate, zone))).toEqual(
        datelineDays,
      );
      expect(dayIn(rss.lastBuildDate ?? "", zone)).toBe(datelineDays[0]);
    });

    it("Atom published and updated", async () => {
      const atom = await new Parser<{ updated?: string }, AtomItem>({
        customFields: { feed: ["updated"], item: ["published", "updated"] },
      }).parseString(releaseFeed(releases).atom1());
      for (const field of ["published", "updated"] as const) {
        expect(
          atom.items.map((item) => dayIn(item[field] ?? "", zone)),
        ).toEqual(datelineDays);
      }
      expect(dayIn(atom.updated ?? "", zone)).toBe(datelineDays[0]);
    });

    it("JSON-LD datePublished", () => {
      expect(
        releases.map((release) =>
          dayIn(String(newsArticleJsonLd(release).datePublished), zone),
        ),
      ).toEqual(datelineDays);
    });

    it("Open Graph article:published_time and sitemap lastmod", () => {
      expect(
        releases.map((release) => dayIn(publishedIso(release), zone)),
      ).toEqual(datelineDays);
    });
  },
);

describe("the release feeds", () => {
  it("carry the latest releases only, newest first", async () => {
    const [newest] = releases;
    if (!newest) throw new Error("no release in content/");
    const archive = Array.from({ length: FEED_RELEASE_COUNT + 15 }, (_, n) => ({
      ...newest,
      slug: `${newest.slug}-${n}`,
    }));
    const rss = await new Parser().parseString(releaseFeed(archive).rss2());
    expect(rss.items.map(({ link }) => link)).toEqual(
      archive
        .slice(0, FEED_RELEASE_COUNT)
        .map(({ slug }) => `https://ir.example.com/releases/${slug}`),
    );
  });
});
