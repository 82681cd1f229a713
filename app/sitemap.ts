import type { MetadataRoute } from "next";
import {
  getCalls,
  getEvents,
  getReleaseOfCall,
  getReleases,
  getReleasesByYear,
} from "@/lib/content";
import { publishedIso } from "@/lib/metadata";
import { site } from "@/lib/site";
import { kindsPresent } from "@/lib/timeline-filter";

export const dynamic = "force-static";

/** Every HTML page of the site, from the same getters the pages use; each dated by the newest release it shows. */
export default function sitemap(): MetadataRoute.Sitemap {
  const page = (path: string, newest = getReleases()[0]) => ({
    url: new URL(path, site.url).href,
    lastModified: newest && publishedIso(newest),
  });
  return [
    page("/"),
    page("/releases"),
    ...getReleasesByYear().map(({ year, releases }) =>
      page(`/releases/year/${year}`, releases[0]),
    ),
    ...getReleases().map((release) =>
      page(`/releases/${release.slug}`, release),
    ),
    page("/calls"),
    ...getCalls().map((call) =>
      page(`/calls/${call.slug}`, getReleaseOfCall(call)),
    ),
    page("/timeline"),
    ...kindsPresent(getEvents()).map((kind) => page(`/timeline/kind/${kind}`)),
    page("/contacts"),
    page("/search"),
  ];
}
