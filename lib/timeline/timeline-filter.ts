import type { EventKind, KeyFigure, TimelineEvent } from "@/lib/content";
import { eventKindLabels } from "@/lib/timeline/timeline";

/** The kinds present among the events, in the timeline's order of kinds. */
export function kindsPresent(events: readonly TimelineEvent[]): EventKind[] {
  return (Object.keys(eventKindLabels) as EventKind[]).filter((kind) =>
    events.some((event) => event.kind === kind),
  );
}

/** What a kind filter shows: its events, and key figures with the fiscal periods they describe. */
export function filterByKind(
  events: readonly TimelineEvent[],
  figures: readonly KeyFigure[],
  kind: EventKind | undefined,
): { events: TimelineEvent[]; figures: KeyFigure[] } {
  if (kind === undefined) return { events: [...events], figures: [...figures] };
  return {
    events: events.filter((event) => event.kind === kind),
    figures: kind === "financial-period" ? [...figures] : [],
  };
}
