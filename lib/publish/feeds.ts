import { Feed } from "feed";
import type { Release } from "@/lib/content";
import { site } from "@/lib/site/config";
import { absoluteUrl, routes } from "@/lib/site/routes";

/** The releases as a feed, newest first, with their full text; RSS and Atom are views of it. */
export function releaseFeed(releases: readonly Release[]): Feed {
  const home = absoluteUrl(routes.home);
  const [latest] = releases;
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
  for (const release of releases) {
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
