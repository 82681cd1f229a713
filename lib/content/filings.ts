import type { CalendarDate } from "@/lib/time/calendar-date";
import { comparePeriods, type Period } from "@/lib/time/period";
import { dayPeriod } from "./events";
import type { Release, TimelineEvent } from "./model";
import type { FilingForm, releaseFilingForms } from "./schema";

/** A release that names a filing, by its event on the timeline. */
export type FilingMention = {
  readonly release: Release;
  readonly event: TimelineEvent;
};

/**
 * An SEC filing the releases know of: one they name (a 10-K, a 10-Q), dated
 * as they date it, or the filing a release was itself filed with, a Form
 * 8-K dated by its date of report, which is the release's date.
 */
export type Filing =
  | {
      readonly basis: "named";
      /** Its anchor on /filings: "2005-03-16-10-k". */
      readonly id: string;
      readonly form: FilingForm;
      readonly period: Period;
      /** The newest release's label for it. */
      readonly label: string;
      /** The date of the newest release that expected it, unless one names it as filed. */
      readonly expectedAsOf: CalendarDate | undefined;
      /** Newest release first. */
      readonly mentions: readonly FilingMention[];
    }
  | {
      readonly basis: "exhibit";
      /** Its anchor on /filings: "8-k-0001157523-05-002189". */
      readonly id: string;
      readonly form: (typeof releaseFilingForms)[number];
      readonly period: Period;
      readonly accession: string;
      /** The releases filed with it, newest first, with their exhibit numbers. */
      readonly exhibits: readonly {
        readonly release: Release;
        readonly exhibit: string;
      }[];
    };

const slugOf = (form: string) => form.toLowerCase().replaceAll("/", "-");

/** The anchor of a named filing on /filings, which its timeline entries link to. */
export function namedFilingId(form: FilingForm, period: Period): string {
  return `${period.value}-${slugOf(form)}`;
}

function named(mentions: readonly FilingMention[]): Filing[] {
  const [newest] = mentions;
  if (!newest?.event.form) return [];
  const expected = mentions.every(({ event }) => event.expected);
  return [
    {
      basis: "named",
      id: namedFilingId(newest.event.form, newest.event.period),
      form: newest.event.form,
      period: newest.event.period,
      label: newest.event.label,
      expectedAsOf: expected ? newest.release.date : undefined,
      mentions,
    },
  ];
}

/**
 * Every filing of the releases (newest first, as getReleases gives them),
 * newest first: one entry per filing however many releases name it.
 */
export function listFilings(releases: readonly Release[]): Filing[] {
  const mentions = new Map<string, FilingMention[]>();
  const exhibits = new Map<string, Extract<Filing, { basis: "exhibit" }>>();
  for (const release of releases) {
    for (const event of release.events) {
      if (!event.form) continue;
      const id = namedFilingId(event.form, event.period);
      mentions.set(id, [...(mentions.get(id) ?? []), { release, event }]);
    }
    if (!release.sec) continue;
    const { form, exhibit, accession } = release.sec;
    const id = `${slugOf(form)}-${accession}`;
    const filing = exhibits.get(id);
    exhibits.set(id, {
      basis: "exhibit",
      id,
      form,
      accession,
      // Releases filed together share the date of report: the earliest's.
      period: dayPeriod(release.date),
      exhibits: [...(filing?.exhibits ?? []), { release, exhibit }],
    });
  }
  return [...[...mentions.values()].flatMap(named), ...exhibits.values()].sort(
    (a, b) => comparePeriods(b.period, a.period) || (a.id < b.id ? -1 : 1),
  );
}
