import { site } from "@/lib/site/config";

/**
 * Every internal path of the site: pages, components, feeds, calendars, the
 * sitemap and search link through these, so a route is renamed in one place.
 */
export const routes = {
  home: "/",
  releases: "/releases",
  releasesOfYear: (year: number | string) => `/releases/year/${year}`,
  release: (slug: string) => `/releases/${slug}`,
  /** A paragraph of a release, by the anchor the markdown pipeline gave it. */
  releaseParagraph: (slug: string, paragraphId: string) =>
    `/releases/${slug}#${paragraphId}`,
  releaseImage: (slug: string) => `/releases/${slug}/opengraph-image`,
  calls: "/calls",
  call: (slug: string) => `/calls/${slug}`,
  callCalendar: (slug: string) => `/calls/${slug}/calendar.ics`,
  callsCalendar: "/calendar.ics",
  timeline: "/timeline",
  timelineOfKind: (kind: string) => `/timeline/kind/${kind}`,
  timelineEvent: (id: string) => `/timeline#${id}`,
  filings: "/filings",
  /** A filing's entry on /filings, by its id (getFilings). */
  filing: (id: string) => `/filings#${id}`,
  contacts: "/contacts",
  search: "/search",
  alerts: "/alerts",
  /** Where the sign-up form posts; the Node server answers it, never the static export. */
  alertsSubscribe: "/alerts/subscribe",
  /** Where a sign-up lands: "check your inbox", whatever the address. */
  alertsRequested: "/alerts/requested",
  alertsConfirm: "/alerts/confirm",
  alertsUnsubscribe: "/alerts/unsubscribe",
  rssFeed: "/feed.xml",
  atomFeed: "/atom.xml",
  sitemap: "/sitemap.xml",
} as const;

/** A path as an absolute URL on the site's origin (SITE_URL), for feeds, calendars, JSON-LD and the sitemap. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}
