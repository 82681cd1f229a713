import type { EventKind } from "@/lib/content";
import { getEvents, getKeyFigures, getReleases } from "@/lib/content";
import { buildTimeline, eventKindLabels } from "@/lib/timeline/timeline";
import { filterByKind, kindsPresent } from "@/lib/timeline/timeline-filter";
import { FilterNav } from "@/components/ui/filter-nav";
import { PageHeading } from "@/components/ui/page-heading";
import { TimelineView } from "@/components/timeline/timeline-view";
import { routes } from "@/lib/site/routes";

type TimelinePageProps = { kind: EventKind | undefined };

/** The timeline, whole or of one kind of event; shared by /timeline and /timeline/kind/<kind>. */
export function TimelinePage({ kind }: TimelinePageProps) {
  const allEvents = getEvents();
  const { events, figures } = filterByKind(allEvents, getKeyFigures(), kind);
  return (
    <>
      <PageHeading
        title={
          kind ? `Timeline: ${eventKindLabels[kind]}` : "Timeline, 2002–2006"
        }
      >
        <p>
          Every date our press releases state, in order: restated results,
          delayed and expected filings, listing matters, calls and replays. Each
          entry names the release it comes from; open it for the sentence.
        </p>
      </PageHeading>
      <div className="mb-8">
        <FilterNav
          label="Filter by kind of event"
          options={[
            {
              label: "All events",
              href: routes.timeline,
              current: kind === undefined,
            },
            ...kindsPresent(allEvents).map((option) => ({
              label: eventKindLabels[option],
              href: routes.timelineOfKind(option),
              current: option === kind,
            })),
          ]}
        />
      </div>
      <TimelineView
        years={buildTimeline(events, figures)}
        releases={getReleases()}
      />
    </>
  );
}
