import { Feed } from "feed";
import type { Release } from "@/lib/content";
import { site } from "@/lib/site";

/** The releases as a feed, newest first, with their full text; RSS and Atom are views of it. */
export function releaseFeed(releases: readonly Release[]): Feed {
  const home = new URL("/", site.url).href;
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
      rss: new URL("/feed.xml", site.url).href,
      atom: new URL("/atom.xml", site.url).href,
    },
  });
  for (const release of releases) {
    const url = new URL(`/releases/${release.slug}`, site.url).href;
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
