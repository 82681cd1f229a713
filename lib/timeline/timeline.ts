import type { EventKind, KeyFigure, TimelineEvent } from "@/lib/content";
import {
  comparePeriods,
  formatPeriod,
  groupPeriodOf,
  type Period,
} from "@/lib/time/period";

export const eventKindLabels: Record<EventKind, string> = {
  release: "Press release",
  call: "Conference call",
  replay: "Replay",
  filing: "SEC filing",
  "financial-period": "Fiscal period",
  listing: "Listing",
  other: "Other",
};

/** Same-day events read in this order: the release first, then what it announces. */
const kindOrder = Object.keys(eventKindLabels) as EventKind[];

export type TimelineGroup = {
  /** "2004-03", "2004-Q4" or "2004". */
  readonly key: string;
  readonly label: string;
  readonly period: Period;
  readonly events: readonly TimelineEvent[];
  readonly figures: readonly KeyFigure[];
};

export type TimelineYear = {
  readonly year: number;
  readonly groups: readonly TimelineGroup[];
};

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    comparePeriods(a.period, b.period) ||
    kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind)
  );
}

/**
 * Events and figures in chronological order, grouped by year, then by month
 * (or by quarter or year, for what a release dates no closer than that).
 */
export function buildTimeline(
  events: readonly TimelineEvent[],
  figures: readonly KeyFigure[],
): TimelineYear[] {
  const groups = new Map<
    string,
    { period: Period; events: TimelineEvent[]; figures: KeyFigure[] }
  >();
  const groupFor = (period: Period) => {
    const groupPeriod = groupPeriodOf(period);
    let group = groups.get(groupPeriod.value);
    if (!group) {
      group = { period: groupPeriod, events: [], figures: [] };
      groups.set(groupPeriod.value, group);
    }
    return group;
  };
  for (const event of events) groupFor(event.period).events.push(event);
  for (const figure of figures) groupFor(figure.period).figures.push(figure);

  const years = new Map<number, TimelineGroup[]>();
  for (const group of [...groups.values()].sort((a, b) =>
    comparePeriods(a.period, b.period),
  )) {
    const year = Number(group.period.start.slice(0, "YYYY".length));
    years.set(year, [
      ...(years.get(year) ?? []),
      {
        key: group.period.value,
        label: formatPeriod(group.period),
        period: group.period,
        events: group.events.sort(compareEvents),
        figures: group.figures,
      },
    ]);
  }
  return [...years].map(([year, yearGroups]) => ({ year, groups: yearGroups }));
}
