import type { TimelineEvent } from "@/lib/content";
import { comparePeriodEnds, formatPeriod } from "@/lib/time/period";
import { routes } from "@/lib/site/routes";
import { TextLink } from "@/components/ui/text-link";

type ReleaseTimelineLinksProps = { events: readonly TimelineEvent[] };

/**
 * The dated events a release states, each linking to its place on the
 * timeline: the date above its label, so a long label never wraps under it.
 */
export function ReleaseTimelineLinks({ events }: ReleaseTimelineLinksProps) {
  return (
    <ul className="space-y-3">
      {[...events]
        .sort((a, b) => comparePeriodEnds(a.period, b.period))
        .map((event) => (
          <li key={event.id} className="text-sm">
            <span className="muted block tabular-nums">
              {formatPeriod(event.period)}
            </span>
            {/* A full page load, not a client-side one, so that :target highlights the destination. */}
            <TextLink fullPageLoad href={routes.timelineEvent(event)}>
              {event.label}
            </TextLink>
          </li>
        ))}
    </ul>
  );
}
