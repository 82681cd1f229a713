import { Feed } from "feed";
import type { Release } from "@/lib/content";
import { site } from "@/lib/site/config";
import { absoluteUrl, routes } from "@/lib/site/routes";

/**
 * How many releases the feeds carry: a feed reader polls for what is new, and
 * a feed of every release ever issued, each with its full text, grows without
 * end; thirty covers more than a quarter of a busy company's releases.
 */
export const FEED_RELEASE_COUNT = 30;

/** The latest releases (from releases newest first) as a feed, with their full text; RSS and Atom are views of it. */
export function releaseFeed(releases: readonly Release[]): Feed {
  const home = absoluteUrl(routes.home);
  const latestReleases = releases.slice(0, FEED_RELEASE_COUNT);
  const [latest] = latestReleases;
  const feed = new Feed({
    title: `${site.company} press releases`,
    description: `Press releases of ${site.company}, as issued on the wire.`,
    id: home,
    link: home,
    language: "en",
    copyright: `Press releases of ${site.company}`,
    updated: latest ? new Date(latest.publishedAt) : undefined,
    feedLinks: {
      rss: absoluteUrl(routes.rssFeed),
      atom: absoluteUrl(routes.atomFeed),
    },
  });
  for (const release of latestReleases) {
    const url = absoluteUrl(routes.release(release.slug));
    feed.addItem({
      title: release.headline,
      id: url,
      link: url,
      description: release.summary,
      content: release.html,
      date: new Date(release.publishedAt),
      published: new Date(release.publishedAt),
    });
  }
  return feed;
}
