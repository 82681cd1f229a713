import "server-only";
import fs from "node:fs";
import { groupByYear, type YearOf } from "@/lib/site/archive";
import { calendarYear } from "@/lib/time/calendar-date";
import { periodYear } from "@/lib/time/period";
import { defaultCacheDirectory, ReleaseCache } from "./cache";
import { type Filing, listFilings } from "./filings";
import { loadReleases } from "./load";
import { contentDirectory } from "./location";
import type { Contact } from "./schema";
import type { Call, KeyFigure, Release, TimelineEvent } from "./model";

export type { Contact, ContactRole, FilingForm, Webcast } from "./schema";
export { statedTimeAndZone } from "@/lib/calls/call-timing";
export type { CallKind } from "@/lib/calls/call-kinds";
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

const readReleases = () =>
  loadReleases(contentDirectory(), {
    cache: new ReleaseCache(defaultCacheDirectory()),
    // Each of next build's processes reads what the content step parsed: it
    // says so once, and they speak only if they had to parse (as next dev does).
    log: console.log,
    logOnlyParsing: true,
  });

let releases: readonly Release[] | undefined;
let watching = false;

/**
 * Under `next dev`, the releases read are forgotten when a file of the
 * content folder changes, so that a release an editor saves shows when the
 * page is reloaded (the content cache parses only that one again).
 */
function forgetOnChange() {
  if (watching || process.env.NODE_ENV !== "development") return;
  watching = true;
  fs.watch(contentDirectory(), { recursive: true }, () => {
    releases = undefined;
  }).unref();
}

/** Every release, newest first. Content is read, checked and rendered once per process, or per change under next dev. */
export function getReleases(): readonly Release[] {
  releases ??= readReleases();
  forgetOnChange();
  return releases;
}

/** A value worked out from the releases, once for each time they are read. */
function fromReleases<T>(derive: (releases: readonly Release[]) => T) {
  let memo: { from: readonly Release[]; value: T } | undefined;
  return (): T => {
    const current = getReleases();
    if (memo?.from !== current)
      memo = { from: current, value: derive(current) };
    return memo.value;
  };
}

const releasesBySlug = fromReleases(
  (all) => new Map(all.map((release) => [release.slug, release])),
);

export function getRelease(slug: string): Release | undefined {
  return releasesBySlug().get(slug);
}

export function getLatestRelease(): Release {
  const [latest] = getReleases();
  if (!latest) throw new Error("loadReleases returned no releases");
  return latest;
}

export type { YearOf } from "@/lib/site/archive";

/** Releases grouped by calendar year, newest year first. */
export const getReleasesByYear: () => readonly YearOf<Release>[] = fromReleases(
  (all) => groupByYear(all, (release) => calendarYear(release.date)),
);

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

/** A contact as earlier releases printed it, and the span of releases that did. */
export type EarlierContact = {
  readonly contact: Contact;
  readonly newest: Release;
  readonly oldest: Release;
};

export type ContactDirectory = {
  /** The contacts of the latest release that names any. */
  readonly current: ContactsOfRelease | undefined;
  /** Every other contact once, the most recently named first. */
  readonly earlier: readonly EarlierContact[];
};

const contactKey = (contact: Contact) =>
  JSON.stringify([
    contact.role,
    contact.organization,
    contact.name,
    contact.phone,
    contact.email,
  ]);

/**
 * The current contacts, then each earlier contact once: releases repeat the
 * same people for years, and a directory lists a person, not every release
 * that named them. A release with `contacts: []` adds nobody.
 */
export const getContactDirectory: () => ContactDirectory = fromReleases(
  (all) => {
    const naming = all.filter((release) => release.contacts.length > 0);
    const [latest] = naming;
    const currentKeys = new Set(latest?.contacts.map(contactKey));
    const earlier = new Map<string, EarlierContact>();
    for (const release of naming) {
      for (const contact of release.contacts) {
        const key = contactKey(contact);
        if (currentKeys.has(key)) continue;
        const known = earlier.get(key);
        earlier.set(
          key,
          known
            ? { ...known, oldest: release }
            : { contact, newest: release, oldest: release },
        );
      }
    }
    return {
      current: latest && { release: latest, contacts: latest.contacts },
      earlier: [...earlier.values()],
    };
  },
);

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

/** Every call of every release, the latest first. */
export const getCalls: () => readonly Call[] = fromReleases((all) =>
  all
    .flatMap((release) => release.calls)
    .sort((a, b) => b.window.startsAt - a.window.startsAt),
);

/** Calls grouped by the calendar year of their day, newest year first. */
export const getCallsByYear: () => readonly YearOf<Call>[] = fromReleases(() =>
  groupByYear(getCalls(), (call) => calendarYear(call.date)),
);

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

/** Every SEC filing the releases name or were filed with, newest first. */
export const getFilings: () => readonly Filing[] = fromReleases(listFilings);

/** Filings grouped by the year of their date, newest year first. */
export const getFilingsByYear: () => readonly YearOf<Filing>[] = fromReleases(
  () => groupByYear(getFilings(), (filing) => periodYear(filing.period)),
);
