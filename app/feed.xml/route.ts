import { getReleases } from "@/lib/content";
import { releaseFeed } from "@/lib/feeds";

export const dynamic = "force-static";

export function GET() {
  return new Response(releaseFeed(getReleases()).rss2(), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
