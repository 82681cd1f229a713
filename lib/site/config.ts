/** The variables it reads: SITE_URL and PORT. */
type SiteEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * The origin absolute URLs (canonical, Open Graph, feeds, calendars, sitemap)
 * are written with. Pages are prerendered, so it is fixed at build time: without
 * SITE_URL it is this machine on the port the site is built with, which is the
 * port `npm start` serves on when PORT is set for both.
 */
export function siteOrigin(env: SiteEnvironment): URL {
  const { SITE_URL, PORT } = env;
  if (!SITE_URL) {
    return new URL(`http://localhost:${PORT || "3000"}`);
  }
  try {
    return new URL(SITE_URL);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute URL such as https://ir.example.com, got ${JSON.stringify(SITE_URL)}`,
    );
  }
}

/** The company's own zone: a release's time of issue is read in it unless the release names another. */
const companyZone = "America/New_York";

/** Site-wide facts that are not in any release. */
export const site = {
  name: "Sonus Networks Investor Relations",
  company: "Sonus Networks",
  zone: companyZone,
  /** The company's Central Index Key: its number at the SEC, which EDGAR files its filings under. */
  secCik: "1105472",
  url: siteOrigin(process.env),
} as const;

/** A page's title as tabs and search results show it: its own, then the site's name. */
export function titleWithSiteName(title: string): string {
  return `${title} · ${site.name}`;
}
