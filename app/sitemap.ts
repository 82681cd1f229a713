import type { MetadataRoute } from "next";
import {
  getCalls,
  getCallsByYear,
  getEvents,
  getFilingsByYear,
  getKeyFigures,
  getReleaseOfCall,
  getReleases,
  getReleasesByYear,
} from "@/lib/content";
import { publishedIso } from "@/lib/publish/metadata";
import { servedPages } from "@/lib/site/pages";
import { absoluteUrl, routes } from "@/lib/site/routes";
import {
  kindsPresent,
  timelineYears,
  yearAndKindPages,
} from "@/lib/timeline/timeline-filter";

export const dynamic = "force-static";

/** The most URLs one sitemap file may list (sitemaps.org). */
const SITEMAP_URL_LIMIT = 50_000;

/**
 * Every HTML page of the site: those of the page registry listed as they
 * are, then those with parameters, from the same getters the pages use;
 * each dated by the newest release it shows.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const page = (path: string, newest = getReleases()[0]) => ({
    url: absoluteUrl(path),
    lastModified: newest && publishedIso(newest),
  });
  const events = getEvents();
  const figures = getKeyFigures();
  const entries = [
    ...servedPages(process.env).flatMap(({ route, inSitemap }) =>
      inSitemap ? [page(route)] : [],
    ),
    ...getReleasesByYear().map(({ year, items }) =>
      page(routes.releasesOfYear(year), items[0]),
    ),
    ...getReleases().map((release) =>
      page(routes.release(release.slug), release),
    ),
    ...getCallsByYear().map(({ year, items: [latest] }) =>
      page(routes.callsOfYear(year), latest && getReleaseOfCall(latest)),
    ),
    ...getCalls().map((call) =>
      page(routes.call(call.slug), getReleaseOfCall(call)),
    ),
    ...kindsPresent(events).map((kind) => page(routes.timelineOfKind(kind))),
    ...timelineYears(events, figures, undefined).map((year) =>
      page(routes.timelineOfYear(year)),
    ),
    ...yearAndKindPages(events, figures).map(({ year, kind }) =>
      page(routes.timelineOfYear(year, kind)),
    ),
    ...getFilingsByYear().map(({ year }) => page(routes.filingsOfYear(year))),
  ];
  // About 2,700 URLs at 2,000 releases: far below the limit, which no search engine reads past.
  if (entries.length > SITEMAP_URL_LIMIT)
    throw new Error(
      `sitemap: ${entries.length} pages, more than the ${SITEMAP_URL_LIMIT} one sitemap may list; split it into a sitemap index with generateSitemaps`,
    );
  return entries;
}
