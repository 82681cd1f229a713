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
  upcoming:
    "hidden group-data-[phase=upcoming]/status:inline bg-brand-100 text-brand-900 dark:bg-brand-900 dark:text-brand-100",
  live: "hidden group-data-[phase=live]/status:inline bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  replay:
    "hidden group-data-[phase=replay]/status:inline bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
  ended:
    "hidden group-data-[phase=ended]/status:inline bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
};

/** The last day a replay of the call can be heard, if the release gives one. */
function lastReplayDay(call: Call): CalendarDate | undefined {
  const days = call.replays.flatMap(({ through }) =>
    through === undefined ? [] : [through],
  );
  return days.toSorted().at(-1);
}

function labels(call: Call): Record<CallPhase, string> {
  const lastDay = lastReplayDay(call);
  return {
    upcoming: "Upcoming",
    live: call.timing.kind === "exact" ? "Live now" : "Today (time not given)",
    replay:
      lastDay === undefined
        ? "Replay available"
        : `Replay available until ${formatCalendarDate(lastDay)}`,
    ended: "Ended",
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
      {callPhases.map((phase) => (
        <span
          key={phase}
          className={`rounded-full px-2.5 py-0.5 font-semibold ${shownIn[phase]}`}
        >
          {label[phase]}
        </span>
      ))}
      <Muted as="span" className="group-data-[clock=reader]/status:hidden">
        <AsOfBuild builtAt={builtAt} />
      </Muted>
    </PhaseScope>
  );
}
