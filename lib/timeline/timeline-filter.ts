import type { EventKind, KeyFigure, TimelineEvent } from "@/lib/content";
import { eventKindLabels } from "@/lib/timeline/timeline";
import { periodYear } from "@/lib/time/period";

/** The kinds present among the events, in the timeline's order of kinds. */
export function kindsPresent(events: readonly TimelineEvent[]): EventKind[] {
  return (Object.keys(eventKindLabels) as EventKind[]).filter((kind) =>
    events.some((event) => event.kind === kind),
  );
}

/**
 * What a kind filter shows: its events, and key figures with the fiscal
 * periods they describe. Every kind together is the story the dates tell:
 * each release that states a date or a figure, as the source of what follows
 * it, but not the product and people news that states none, which would be
 * most of a busy year's lines; the "release" kind lists every release.
 */
export function filterByKind(
  events: readonly TimelineEvent[],
  figures: readonly KeyFigure[],
  kind: EventKind | undefined,
): { events: TimelineEvent[]; figures: KeyFigure[] } {
  if (kind === undefined) {
    const stating = new Set([
      ...events
        .filter((event) => event.kind !== "release")
        .map(({ releaseSlug }) => releaseSlug),
      ...figures.map(({ releaseSlug }) => releaseSlug),
    ]);
    return {
      events: events.filter(
        (event) => event.kind !== "release" || stating.has(event.releaseSlug),
      ),
      figures: [...figures],
    };
  }
  return {
    events: events.filter((event) => event.kind === kind),
    figures: kind === "financial-period" ? [...figures] : [],
  };
}

/** The years with an entry on the timeline of a kind (or of every kind), newest first. */
export function timelineYears(
  events: readonly TimelineEvent[],
  figures: readonly KeyFigure[],
  kind: EventKind | undefined,
): number[] {
  const kept = filterByKind(events, figures, kind);
  const years = new Set(
    [...kept.events, ...kept.figures].map(({ period }) => periodYear(period)),
  );
  return [...years].sort((a, b) => b - a);
}

/** Each kind of event in each year that has one: the timeline's pages of a year and kind. */
export function yearAndKindPages(
  events: readonly TimelineEvent[],
  figures: readonly KeyFigure[],
): { year: number; kind: EventKind }[] {
  return kindsPresent(events).flatMap((kind) =>
    timelineYears(events, figures, kind).map((year) => ({ year, kind })),
  );
}
