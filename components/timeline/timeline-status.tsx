import type { Release, TimelineEvent } from "@/lib/content";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { ExpectedBadge } from "@/components/ui/expected-badge";
import { PhaseScope } from "@/components/ui/phase-scope";

const phases = ["ahead", "over"] as const;
const shownIn: Record<(typeof phases)[number], string> = {
  ahead: "hidden group-data-[phase=ahead]/event:inline",
  over: "hidden group-data-[phase=over]/event:inline",
};

type TimelineStatusProps = { event: TimelineEvent; release: Release };

/**
 * What the release said of an event still ahead on its date, as of that date;
 * for a call or a replay, "Ended" once it is over by the reader's clock, as
 * its call page says.
 */
export function TimelineStatus({ event, release }: TimelineStatusProps) {
  if (!event.expected) return null;
  const asOf = formatCalendarDate(release.date);
  if (event.endsAt === undefined) return <ExpectedBadge asOf={release.date} />;
  return (
    <PhaseScope
      as="span"
      bounds={[event.endsAt]}
      phases={phases}
      className="group/event"
    >
      <span className={`tag-anticipated ${shownIn.ahead}`}>
        Planned, as of {asOf}
      </span>
      <span className={`tag ${shownIn.over}`}>Ended</span>
    </PhaseScope>
  );
}
