import type { EventKind, KeyFigure, TimelineEvent } from "@/lib/content";
import { groupByYear, type YearOf } from "@/lib/site/archive";
import { comparePeriodEnds, periodYear, type Period } from "@/lib/time/period";

export const eventKindLabels: Record<EventKind, string> = {
  release: "Press release",
  call: "Call or event",
  replay: "Replay",
  filing: "SEC filing",
  "financial-period": "Fiscal period",
  listing: "Listing",
  other: "Other",
};

/**
 * The filters' names: key figures are shown with the fiscal periods they
 * describe, so that filter says so.
 */
export const kindFilterLabels: Record<EventKind, string> = {
  ...eventKindLabels,
  "financial-period": "Periods and key figures",
};

/** Same-day events read in this order: the release first, then what it announces. */
const kindOrder = Object.keys(eventKindLabels) as EventKind[];

/** One line of the timeline: a dated event, or a key figure for its period. */
export type TimelineEntry =
  | {
      readonly type: "event";
      readonly period: Period;
      readonly event: TimelineEvent;
    }
  | {
      readonly type: "figure";
      readonly period: Period;
      readonly figure: KeyFigure;
    };

export type TimelineYear = YearOf<TimelineEntry>;

/**
 * What a line weighs on a page, against a release's own line: a line with
 * its source sentence, and a call's or replay's with its status by the
 * reader's clock, is about four times the bytes (at 2,000 synthetic
 * releases, 4 KB against 1 KB, HTML and RSC payload together).
 */
export function timelineLineWeight(entry: TimelineEntry): number {
  return entry.type === "event" && entry.event.kind === "release" ? 1 : 4;
}

/** Same-period entries: events in the order of kinds, then figures. */
function rank(entry: TimelineEntry): number {
  return entry.type === "event"
    ? kindOrder.indexOf(entry.event.kind)
    : kindOrder.length;
}

/**
 * Events and figures by year, oldest year first, each at the day its period
 * ends: a quarter's figures after the days within it, as they are known only
 * then (Q4 2004 after November 9, 2004). Lines ending the same day read
 * events first, a release before what it announces, then figures, the wider
 * period before the narrower; each is filed under the year its period starts.
 */
export function buildTimeline(
  events: readonly TimelineEvent[],
  figures: readonly KeyFigure[],
): TimelineYear[] {
  const entries: TimelineEntry[] = [
    ...events.map((event) => ({
      type: "event" as const,
      period: event.period,
      event,
    })),
    ...figures.map((figure) => ({
      type: "figure" as const,
      period: figure.period,
      figure,
    })),
  ].sort(
    (a, b) =>
      (a.period.end === b.period.end
        ? 0
        : a.period.end < b.period.end
          ? -1
          : 1) ||
      rank(a) - rank(b) ||
      comparePeriodEnds(a.period, b.period),
  );
  return groupByYear(entries, (entry) => periodYear(entry.period)).toReversed();
}
