import type { MetadataRoute } from "next";
import {
  getCalls,
  getEvents,
  getReleaseOfCall,
  getReleases,
  getReleasesByYear,
} from "@/lib/content";
import { alertsServed } from "@/lib/alerts/config";
import { publishedIso } from "@/lib/publish/metadata";
import { absoluteUrl, routes } from "@/lib/site/routes";
import { kindsPresent } from "@/lib/timeline/timeline-filter";

export const dynamic = "force-static";

/** Every HTML page of the site, from the same getters the pages use; each dated by the newest release it shows. */
export default function sitemap(): MetadataRoute.Sitemap {
  const page = (path: string, newest = getReleases()[0]) => ({
    url: absoluteUrl(path),
    lastModified: newest && publishedIso(newest),
  });
  return [
    page(routes.home),
    page(routes.releases),
    ...getReleasesByYear().map(({ year, releases }) =>
      page(routes.releasesOfYear(year), releases[0]),
    ),
    ...getReleases().map((release) =>
      page(routes.release(release.slug), release),
    ),
    page(routes.calls),
    ...getCalls().map((call) =>
      page(routes.call(call.slug), getReleaseOfCall(call)),
    ),
    page(routes.timeline),
    ...kindsPresent(getEvents()).map((kind) =>
      page(routes.timelineOfKind(kind)),
    ),
    page(routes.filings),
    page(routes.contacts),
    page(routes.search),
    ...(alertsServed(process.env) ? [page(routes.alerts)] : []),
  ];
}
