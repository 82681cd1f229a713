import type { EventKind } from "@/lib/content";
import { site } from "@/lib/site/config";
import { periodYear, type Period } from "@/lib/time/period";

/** What an anchor on a page by year is: an entry with an id, dated by a period. */
type DatedEntry = { readonly id: string; readonly period: Period };

const timelineOfYear = (year: number, kind?: EventKind) =>
  kind === undefined
    ? `/timeline/year/${year}`
    : `/timeline/year/${year}/kind/${kind}`;

/**
 * Every internal path of the site: pages, components, feeds, calendars, the
 * sitemap and search link through these, so a route is renamed in one place.
 */
export const routes = {
  home: "/",
  releases: "/releases",
  releasesOfYear: (year: number) => `/releases/year/${year}`,
  release: (slug: string) => `/releases/${slug}`,
  /** A paragraph of a release, by the anchor the markdown pipeline gave it. */
  releaseParagraph: (slug: string, paragraphId: string) =>
    `/releases/${slug}#${paragraphId}`,
  releaseImage: (slug: string) => `/releases/${slug}/opengraph-image`,
  calls: "/calls",
  callsOfYear: (year: number) => `/calls/year/${year}`,
  call: (slug: string) => `/calls/${slug}`,
  callCalendar: (slug: string) => `/calls/${slug}/calendar.ics`,
  callsCalendar: "/calendar.ics",
  timeline: "/timeline",
  /** The latest years of one kind of event. */
  timelineOfKind: (kind: EventKind) => `/timeline/kind/${kind}`,
  timelineOfYear,
  /**
   * An entry on its year's page, which always holds it (the first page holds
   * it only while it is recent); a release's own line on its year's page of
   * releases, since the every-kind page leaves out releases that state no
   * other date (filterByKind).
   */
  timelineEvent: (event: DatedEntry & { readonly kind: EventKind }) =>
    `${timelineOfYear(
      periodYear(event.period),
      event.kind === "release" ? "release" : undefined,
    )}#${event.id}`,
  filings: "/filings",
  filingsOfYear: (year: number) => `/filings/year/${year}`,
  /** A filing's entry on its year's page, by its id (getFilings). */
  filing: (filing: DatedEntry) =>
    `/filings/year/${periodYear(filing.period)}#${filing.id}`,
  contacts: "/contacts",
  search: "/search",
  alerts: "/alerts",
  /** Where the sign-up form posts; the Node server answers it, never the static export. */
  alertsSubscribe: "/alerts/subscribe",
  /** Where a sign-up lands: "check your inbox", whatever the address. */
  alertsRequested: "/alerts/requested",
  alertsConfirm: "/alerts/confirm",
  alertsUnsubscribe: "/alerts/unsubscribe",
  alertsManage: "/alerts/manage",
  alertsManageRequested: "/alerts/manage/requested",
  rssFeed: "/feed.xml",
  atomFeed: "/atom.xml",
  sitemap: "/sitemap.xml",
} as const;

/** A path as an absolute URL on the site's origin (SITE_URL), for feeds, calendars, JSON-LD and the sitemap. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}
