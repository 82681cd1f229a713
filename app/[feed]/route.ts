import type { Feed } from "feed";
import { getReleases } from "@/lib/content";
import { releaseFeed } from "@/lib/publish/feeds";
import { routes } from "@/lib/site/routes";

/** The release feed in each format, by its file name at the site's root. */
const formats: Record<
  string,
  { type: string; render: (feed: Feed) => string }
> = {
  [routes.rssFeed.slice(1)]: {
    type: "application/rss+xml",
    render: (feed) => feed.rss2(),
  },
  [routes.atomFeed.slice(1)]: {
    type: "application/atom+xml",
    render: (feed) => feed.atom1(),
  },
};

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(formats).map((feed) => ({ feed }));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ feed: string }> },
) {
  const format = formats[(await params).feed];
  if (!format) return new Response("Not found", { status: 404 });
  return new Response(format.render(releaseFeed(getReleases())), {
    headers: { "Content-Type": `${format.type}; charset=utf-8` },
  });
}
