import "server-only";
import { calendarYear } from "@/lib/time/calendar-date";
import { defaultCacheDirectory, ReleaseCache } from "./cache";
import { type Filing, listFilings } from "./filings";
import { loadReleases } from "./load";
import { contentDirectory } from "./location";
import type { Contact } from "./schema";
import type { Call, KeyFigure, Release, TimelineEvent } from "./model";

export type { Contact, ContactRole, FilingForm, Webcast } from "./schema";
export { namedFilingId, type Filing, type FilingMention } from "./filings";
export type {
  Call,
  DialIn,
  EventKind,
  KeyFigure,
  Release,
  Replay,
  SourceSentence,
  TimelineEvent,
} from "./model";

let releases: readonly Release[] | undefined;

/** Every release, newest first. Content is read, checked and rendered once per process. */
export function getReleases(): readonly Release[] {
  releases ??= loadReleases(contentDirectory(), {
    cache: new ReleaseCache(defaultCacheDirectory()),
    log: console.log,
  });
  return releases;
}

export function getRelease(slug: string): Release | undefined {
  return getReleases().find((release) => release.slug === slug);
}

export function getLatestRelease(): Release {
  const [latest] = getReleases();
  if (!latest) throw new Error("loadReleases returned no releases");
  return latest;
}

export type YearOfReleases = {
  readonly year: number;
  readonly releases: readonly Release[];
};

/** Releases grouped by calendar year, newest year first. */
export function getReleasesByYear(): readonly YearOfReleases[] {
  const groups = new Map<number, Release[]>();
  for (const release of getReleases()) {
    const year = calendarYear(release.date);
    groups.set(year, [...(groups.get(year) ?? []), release]);
  }
  return [...groups].map(([year, yearReleases]) => ({
    year,
    releases: yearReleases,
  }));
}

/** The releases issued just after and just before this one. */
export function getAdjacentReleases(slug: string): {
  newer: Release | undefined;
  older: Release | undefined;
} {
  const all = getReleases();
  const index = all.findIndex((release) => release.slug === slug);
  return {
    newer: index > 0 ? all[index - 1] : undefined,
    older: index >= 0 ? all[index + 1] : undefined,
  };
}

export type ContactsOfRelease = {
  readonly release: Release;
  readonly contacts: readonly Contact[];
};

/** The contacts each release lists, the latest release (the current contacts) first. */
export function getContactDirectory(): readonly ContactsOfRelease[] {
  // A release that names no contacts (contacts: []) has no place in the directory.
  return getReleases().flatMap((release) =>
    release.contacts.length > 0
      ? [{ release, contacts: release.contacts }]
      : [],
  );
}

export type CompanyProfile = {
  readonly heading: string;
  readonly html: string;
  readonly release: Release;
};

/** The company description from the newest release that has an "About" section. */
export function getCompanyProfile(): CompanyProfile | undefined {
  for (const release of getReleases()) {
    if (release.about) return { ...release.about, release };
  }
  return undefined;
}

let calls: readonly Call[] | undefined;

/** Every call of every release, the latest first. */
export function getCalls(): readonly Call[] {
  calls ??= getReleases()
    .flatMap((release) => release.calls)
    .sort((a, b) => b.window.startsAt - a.window.startsAt);
  return calls;
}

export function getCall(slug: string): Call | undefined {
  return getCalls().find((call) => call.slug === slug);
}

/** The release that announced a call. */
export function getReleaseOfCall(call: Call): Release {
  const release = getRelease(call.releaseSlug);
  if (!release)
    throw new Error(
      `call ${call.slug} names a release that does not exist: ${call.releaseSlug}`,
    );
  return release;
}

/** Every dated event of every release. */
export function getEvents(): readonly TimelineEvent[] {
  return getReleases().flatMap((release) => release.events);
}

export function getKeyFigures(): readonly KeyFigure[] {
  return getReleases().flatMap((release) => release.figures);
}

let filings: readonly Filing[] | undefined;

/** Every SEC filing the releases name or were filed with, newest first. */
export function getFilings(): readonly Filing[] {
  filings ??= listFilings(getReleases());
  return filings;
}
