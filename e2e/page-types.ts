/** One page of each kind the site has, for the checks that go through them all. */
export const PAGE_TYPES = {
  home: "/",
  releases: "/releases",
  "releases of a year": "/releases/year/2004",
  release: "/releases/2004-03-29-update-on-status-of-financial-results",
  calls: "/calls",
  call: "/calls/2005-03-03-preliminary-fourth-quarter-2004-results-call",
  timeline: "/timeline",
  "timeline of a kind": "/timeline/kind/filing",
  filings: "/filings",
  contacts: "/contacts",
  alerts: "/alerts",
  search: "/search?q=Nasdaq",
  "not found": "/no-such-page",
} as const;
