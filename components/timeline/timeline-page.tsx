import type { EventKind } from "@/lib/content";
import { getEvents, getKeyFigures, getReleases } from "@/lib/content";
import {
  buildTimeline,
  kindFilterLabels,
  timelineLineWeight,
} from "@/lib/timeline/timeline";
import { filterByKind, kindsPresent } from "@/lib/timeline/timeline-filter";
import { latestPageBudget, latestYears } from "@/lib/site/archive";
import { periodYear } from "@/lib/time/period";
import { FilterNav } from "@/components/ui/filter-nav";
import { PageHeading } from "@/components/ui/page-heading";
import { YearNav } from "@/components/ui/year-nav";
import { TimelineView } from "@/components/timeline/timeline-view";
import { routes } from "@/lib/site/routes";

type TimelinePageProps = {
  kind: EventKind | undefined;
  /** One year's page, or the first page: the latest years. */
  year: number | undefined;
};

/** A span of years as a title says it: "2004" or "2002–2006". */
function yearSpan(years: readonly number[]): string {
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}\u2013${last}`;
}

/** The timeline, whole or of one kind of event, its latest years or one year; every timeline route draws this. */
export function TimelinePage({ kind, year }: TimelinePageProps) {
  const allEvents = getEvents();
  const { events, figures } = filterByKind(allEvents, getKeyFigures(), kind);
  const timeline = buildTimeline(events, figures);
  const shown =
    year === undefined
      ? latestYears(timeline, latestPageBudget.timeline, timelineLineWeight)
      : timeline.filter((candidate) => candidate.year === year);
  const kindsOffered = kindsPresent(
    year === undefined
      ? allEvents
      : allEvents.filter((event) => periodYear(event.period) === year),
  );
  const kindHref = (option: EventKind | undefined) =>
    year === undefined
      ? option === undefined
        ? routes.timeline
        : routes.timelineOfKind(option)
      : routes.timelineOfYear(year, option);
  const span = yearSpan(shown.map((shownYear) => shownYear.year));
  return (
    <>
      <PageHeading
        title={
          kind
            ? `Timeline: ${kindFilterLabels[kind]}, ${span}`
            : `Timeline, ${span}`
        }
      >
        <p>
          Every date our press releases state, in order: restated results,
          delayed and expected filings, listing matters, calls and replays. Each
          entry names the release it comes from; open it for the sentence.
          {kind === undefined &&
            " Releases that state no date but their own are listed under Press release."}
        </p>
      </PageHeading>
      <div className="mb-8 space-y-4">
        <YearNav
          label="Timeline by year"
          caption="Year"
          years={timeline.map((timelineYear) => timelineYear.year).toReversed()}
          yearHref={(option) => routes.timelineOfYear(option, kind)}
          latestHref={kind ? routes.timelineOfKind(kind) : routes.timeline}
          selected={year ?? "latest"}
        />
        <FilterNav
          label="Filter by kind of event"
          caption="Kind"
          options={[
            {
              label: "All events",
              href: kindHref(undefined),
              current: kind === undefined,
            },
            ...kindsOffered.map((option) => ({
              label: kindFilterLabels[option],
              href: kindHref(option),
              current: option === kind,
            })),
          ]}
        />
      </div>
      <TimelineView years={shown} releases={getReleases()} />
    </>
  );
}
