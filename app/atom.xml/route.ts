import { getReleases } from "@/lib/content";
import { releaseFeed } from "@/lib/feeds";

export const dynamic = "force-static";

export function GET() {
  return new Response(releaseFeed(getReleases()).atom1(), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
