import type { Metadata } from "next";
import { CallsByStatus } from "@/components/calls/calls-by-status";
import { PageHeading } from "@/components/ui/page-heading";
import { alertsServed } from "@/lib/alerts/config";
import { YearNav } from "@/components/ui/year-nav";
import { openAndRecentCalls } from "@/lib/calls/recent-calls";
import { getCalls, getCallsByYear } from "@/lib/content";
import { latestPageBudget } from "@/lib/site/archive";
import { builtAt } from "@/lib/time/build-time";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = pageMetadata({
  title: "Calls and events",
  description:
    "Conference calls, presentations and webcasts: dial-in numbers, webcasts, replay numbers and access codes, and until when replays run.",
  path: routes.calls,
});

export default function CallsPage() {
  const { open, recent } = openAndRecentCalls(
    getCalls(),
    builtAt,
    latestPageBudget.pastCalls,
  );
  return (
    <>
      <PageHeading title="Calls and events">
        <p>
          Dial-in numbers, webcasts and replays of the conference calls,
          presentations and other events announced in our press releases, with
          times in Eastern time, UTC and your own time zone.
        </p>
        <p className="mt-2 text-base">
          <TextLink
            fullPageLoad
            href={routes.callsCalendar}
            className="font-medium"
          >
            Add all calls and events to your calendar (.ics)
          </TextLink>
          {alertsServed(process.env) && (
            <>
              {" or "}
              <TextLink href={routes.alerts} className="font-medium">
                get a reminder by e-mail
              </TextLink>
            </>
          )}
        </p>
      </PageHeading>
      <CallsByStatus calls={[...open, ...recent]}>
        <p className="mb-3 text-slate-700 dark:text-slate-300">
          The latest here; every call and event, by year:
        </p>
        <YearNav
          label="Calls and events by year"
          years={getCallsByYear().map(({ year }) => year)}
          yearHref={routes.callsOfYear}
          latestHref={routes.calls}
          selected="latest"
        />
      </CallsByStatus>
    </>
  );
}
