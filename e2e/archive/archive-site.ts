import { readdirSync } from "node:fs";

/** Releases written for the tests of events other than results calls, one event each. */
const EVENTS_DIRECTORY = "e2e/archive/events";
const eventReleases = readdirSync(EVENTS_DIRECTORY).filter((name) =>
  name.endsWith(".md"),
).length;

const syntheticReleases = 40;
const years = [2006, 2005, 2004, 2003, 2002];
const resultsCallsPerYear = 4;

/**
 * The synthetic archive the archive tests run against: five years of eight
 * releases, each year with four results releases and their calls
 * (scripts/synthetic-content.ts), and the releases of EVENTS_DIRECTORY,
 * written at test time into a git-ignored content folder and built beside
 * the site's own build.
 */
export const ARCHIVE = {
  contentDirectory: ".e2e-archive",
  distDirectory: ".next-archive",
  eventsDirectory: EVENTS_DIRECTORY,
  syntheticReleases,
  releasesPerYear: 8,
  years,
  releases: syntheticReleases + eventReleases,
  calls: resultsCallsPerYear * years.length + eventReleases,
} as const;
