import type { TimelineEvent } from "@/lib/content";
import { comparePeriods, formatPeriod } from "@/lib/time/period";
import { routes } from "@/lib/site/routes";
import { TextLink } from "@/components/ui/text-link";
import { headingStyle } from "@/components/ui/headings";

type ReleaseTimelineLinksProps = { events: readonly TimelineEvent[] };

/** The dated events a release states, each linking to its place on the timeline. */
export function ReleaseTimelineLinks({ events }: ReleaseTimelineLinksProps) {
  return (
    <section aria-labelledby="release-timeline" className="mt-12 print:hidden">
      <h2 id="release-timeline" className={`mb-4 ${headingStyle[2]}`}>
        On the timeline
      </h2>
      <ul className="space-y-1.5">
        {[...events]
          .sort((a, b) => comparePeriods(a.period, b.period))
          .map((event) => (
            <li key={event.id} className="flex flex-wrap gap-x-3">
              <span className="muted w-36 shrink-0 text-sm tabular-nums">
                {formatPeriod(event.period)}
              </span>
              {/* A full page load, not a client-side one, so that :target highlights the destination. */}
              <TextLink fullPageLoad href={routes.timelineEvent(event)}>
                {event.label}
              </TextLink>
            </li>
          ))}
      </ul>
    </section>
  );
}
