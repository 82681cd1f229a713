import { alertsServed } from "@/lib/alerts/served";
import { routes } from "./routes";

type SitePage = {
  /** Its route under app/, as the folders name it: "/releases/[slug]". */
  readonly route: string;
  /** One address of it on the site built from content/, for the browser checks that go through every page. */
  readonly example: string;
  /** One of the site's sections: the header lists its short label, the footer its label. */
  readonly section?: { readonly label: string; readonly shortLabel: string };
  /** A `.alerts.tsx` page: built, linked and listed only where alerts are served (lib/alerts/served.ts). */
  readonly alertsOnly?: true;
  /** Listed in the sitemap as it is; pages with parameters are listed there from the content. */
  readonly inSitemap?: true;
};

/**
 * Every page of the site, once. The header, footer and sitemap read it,
 * and so do the browser checks of every page (e2e/page-types.ts); a test
 * fails for a page in app/ that is missing here, or an entry with no page.
 * Sections are listed in this order.
 */
export const sitePages = {
  home: { route: routes.home, example: routes.home, inSitemap: true },
  releases: {
    route: routes.releases,
    example: routes.releases,
    section: { label: "Press releases", shortLabel: "Releases" },
    inSitemap: true,
  },
  "releases of a year": {
    route: "/releases/year/[year]",
    example: "/releases/year/2004",
  },
  release: {
    route: "/releases/[slug]",
    example: "/releases/2004-03-29-update-on-status-of-financial-results",
  },
  calls: {
    route: routes.calls,
    example: routes.calls,
    section: { label: "Calls and events", shortLabel: "Calls" },
    inSitemap: true,
  },
  "calls of a year": {
    route: "/calls/year/[year]",
    example: "/calls/year/2005",
  },
  call: {
    route: "/calls/[slug]",
    example: "/calls/2005-03-03-preliminary-fourth-quarter-2004-results-call",
  },
  timeline: {
    route: routes.timeline,
    example: routes.timeline,
    section: { label: "Timeline", shortLabel: "Timeline" },
    inSitemap: true,
  },
  "timeline of a kind": {
    route: "/timeline/kind/[kind]",
    example: "/timeline/kind/filing",
  },
  "timeline of a year": {
    route: "/timeline/year/[year]",
    example: "/timeline/year/2004",
  },
  "timeline of a year and kind": {
    route: "/timeline/year/[year]/kind/[kind]",
    example: "/timeline/year/2004/kind/filing",
  },
  filings: {
    route: routes.filings,
    example: routes.filings,
    section: { label: "SEC filings", shortLabel: "Filings" },
    inSitemap: true,
  },
  "filings of a year": {
    route: "/filings/year/[year]",
    example: "/filings/year/2004",
  },
  contacts: {
    route: routes.contacts,
    example: routes.contacts,
    section: { label: "Contacts", shortLabel: "Contacts" },
    inSitemap: true,
  },
  alerts: {
    route: routes.alerts,
    example: routes.alerts,
    section: { label: "E-mail alerts", shortLabel: "Alerts" },
    alertsOnly: true,
    inSitemap: true,
  },
  "alerts requested": {
    route: routes.alertsRequested,
    example: routes.alertsRequested,
    alertsOnly: true,
  },
  "alerts manage requested": {
    route: routes.alertsManageRequested,
    example: routes.alertsManageRequested,
    alertsOnly: true,
  },
  search: {
    route: routes.search,
    example: `${routes.search}?q=Nasdaq`,
    inSitemap: true,
  },
} as const satisfies Record<string, SitePage>;

export type SitePageName = keyof typeof sitePages;

/** The pages this build serves: all of them, or all but the alerts' pages. */
export function servedPages(
  env: Readonly<Record<string, string | undefined>>,
): SitePage[] {
  return Object.values(sitePages).filter(
    (page: SitePage) => !page.alertsOnly || alertsServed(env),
  );
}
