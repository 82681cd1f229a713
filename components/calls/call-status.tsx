import type { Call } from "@/lib/content";
import {
  callPhaseBounds,
  callPhases,
  type CallPhase,
} from "@/lib/calls/call-phase";
import {
  formatCalendarDate,
  type CalendarDate,
} from "@/lib/time/calendar-date";
import { builtAt } from "@/lib/time/build-time";
import { AsOfBuild } from "@/components/ui/as-of-build";
import { Muted } from "@/components/ui/muted";
import { PhaseScope } from "@/components/ui/phase-scope";

/** Each phase's label is in the HTML; CSS shows the one of the current phase. */
const shownIn: Record<CallPhase, string> = {
  upcoming: "hidden group-data-[phase=upcoming]/status:inline",
  live: "hidden group-data-[phase=live]/status:inline",
  replay: "hidden group-data-[phase=replay]/status:inline",
  ended: "hidden group-data-[phase=ended]/status:inline",
};

/** Each phase's badge, named in app/globals.css. */
const badgeClass: Record<CallPhase, string> = {
  upcoming: "badge-upcoming",
  live: "badge-live",
  replay: "badge-replay",
  ended: "badge-ended",
};

/** The last day a replay of the call can be heard, if the release gives one. */
function lastReplayDay(call: Call): CalendarDate | undefined {
  const days = call.replays.flatMap(({ through }) =>
    through === undefined ? [] : [through],
  );
  return days.toSorted().at(-1);
}

type Label = { badge: string; detail?: string };

/** Live only when its start and end are known; otherwise, as far as can be said. */
const liveBadge: Record<Call["timing"]["kind"], string> = {
  exact: "Live now",
  local: "Possibly under way",
  day: "Today (time not given)",
};

/** Kept on one line, but free to go to the next one after the badge. */
const unbreakable = (text: string) => text.replaceAll(" ", "\u00a0");

function labels(call: Call): Record<CallPhase, Label> {
  const lastDay = lastReplayDay(call);
  return {
    upcoming: { badge: "Upcoming" },
    live: { badge: liveBadge[call.timing.kind] },
    replay: {
      badge: "Replay available",
      detail:
        lastDay === undefined
          ? undefined
          : `until ${formatCalendarDate(lastDay)}`,
    },
    ended: { badge: "Ended" },
  };
}

/** Upcoming, live, replay available or ended: by the reader's clock, or by the build's, said so, without JavaScript. */
export function CallStatus({ call }: { call: Call }) {
  const label = labels(call);
  return (
    <PhaseScope
      as="span"
      bounds={callPhaseBounds(call)}
      phases={callPhases}
      className="group/status flex flex-wrap items-baseline gap-x-2 text-sm"
      testId="call-status"
    >
      {callPhases.map((phase) => {
        const { badge, detail } = label[phase];
        return (
          <span key={phase} className={shownIn[phase]}>
            <span className={badgeClass[phase]}>{badge}</span>
            {detail && (
              <span className="font-semibold">{` ${unbreakable(detail)}`}</span>
            )}
          </span>
        );
      })}
      <Muted as="span" className="group-data-[clock=reader]/status:hidden">
        <AsOfBuild builtAt={builtAt} />
      </Muted>
    </PhaseScope>
  );
}
