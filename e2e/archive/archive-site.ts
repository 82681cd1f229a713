/**
 * The synthetic archive the archive tests run against: five years of eight
 * releases, each year with four results releases and their calls
 * (scripts/synthetic-content.ts), written at test time into a git-ignored
 * content folder and built beside the site's own build.
 */
export const ARCHIVE = {
  contentDirectory: ".e2e-archive",
  distDirectory: ".next-archive",
  releases: 40,
  releasesPerYear: 8,
  years: [2006, 2005, 2004, 2003, 2002],
  callsPerYear: 4,
} as const;
