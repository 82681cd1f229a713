import type { APIRequestContext } from "@playwright/test";

const RELEASES = [
  "/releases/2004-03-29-update-on-status-of-financial-results",
  "/releases/2005-03-03-preliminary-fourth-quarter-2004-results",
];
const CALLS = [
  "/calls/2004-03-29-update-on-status-of-financial-results-call",
  "/calls/2005-03-03-preliminary-fourth-quarter-2004-results-call",
];
const KINDS = [
  "release",
  "call",
  "replay",
  "filing",
  "financial-period",
  "listing",
  "other",
];

/**
 * Every URL the site published before its lists were paged by year, as its
 * sitemap, pages and files gave them: each must keep answering, with its
 * content or a permanent redirect to where the content went. Written out,
 * not derived from today's routes, so that a route that goes away fails.
 */
export const PUBLISHED_URLS = [
  "/",
  "/releases",
  "/releases/year/2004",
  "/releases/year/2005",
  ...RELEASES,
  ...RELEASES.map((release) => `${release}/opengraph-image`),
  "/calls",
  ...CALLS,
  ...CALLS.map((call) => `${call}/calendar.ics`),
  "/timeline",
  ...KINDS.map((kind) => `/timeline/kind/${kind}`),
  "/filings",
  "/contacts",
  "/search",
  "/alerts",
  "/feed.xml",
  "/atom.xml",
  "/calendar.ics",
  "/sitemap.xml",
  "/robots.txt",
  "/icon.svg",
] as const;

/** Each published URL with the status it answers now, without following redirects. */
export function answersToPublishedUrls(
  request: APIRequestContext,
): Promise<string[]> {
  return Promise.all(
    PUBLISHED_URLS.map(async (url) => {
      const response = await request.get(url, { maxRedirects: 0 });
      return `${url} ${response.status()}`;
    }),
  );
}
