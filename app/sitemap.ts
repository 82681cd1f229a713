import type { MetadataRoute } from "next";
import {
  getCalls,
  getEvents,
  getReleases,
  getReleasesByYear,
} from "@/lib/content";
import { site } from "@/lib/site";

export const dynamic = "force-static";
import { kindsPresent } from "@/lib/timeline-filter";

/** Every HTML page of the site, from the same getters the pages use. */
export default function sitemap(): MetadataRoute.Sitemap {
  const latest = getReleases()[0]?.date;
  const page = (path: string, lastModified = latest) => ({
    url: new URL(path, site.url).href,
    lastModified,
  });
  return [
    page("/"),
    page("/releases"),
    ...getReleasesByYear().map(({ year, releases }) =>
      page(`/releases/year/${year}`, releases[0]?.date),
    ),
    ...getReleases().map((release) =>
      page(`/releases/${release.slug}`, release.date),
    ),
    page("/calls"),
    ...getCalls().map((call) => page(`/calls/${call.slug}`, call.date)),
    page("/timeline"),
    ...kindsPresent(getEvents()).map((kind) => page(`/timeline/kind/${kind}`)),
    page("/contacts"),
    page("/search"),
  ];
}
