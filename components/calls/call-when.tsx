import { describeDuration } from "@/lib/calls/call-phase";
import { Muted } from "@/components/ui/muted";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import type { Call } from "@/lib/content";
import {
  dayAndTimeInZone,
  formatUtc,
  localDayAndTime,
} from "@/lib/time/instants";
import { DayAtTime } from "@/components/ui/day-at-time";
import { callKindWords } from "@/lib/calls/call-kinds";
import { ReaderTime } from "@/components/calls/reader-time";
import { ReaderTimeScript } from "@/components/calls/reader-time-script";

type CallWhenProps = { call: Call };

/** When a call starts: on the call's own clock, in UTC and on the reader's clock, or what is not given. */
export function CallWhen({ call }: CallWhenProps) {
  const { timing } = call;
  if (timing.kind === "day") {
    return (
      <div className="space-y-1">
        <p className="font-medium">{formatCalendarDate(call.date)}</p>
        <Muted>The release gives no start time.</Muted>
      </div>
    );
  }
  if (timing.kind === "local") {
    const { noun } = callKindWords[call.kind];
    return (
      <div className="space-y-1">
        <p className="text-lg font-semibold" data-testid="call-start-local">
          <DayAtTime {...localDayAndTime(call.date, timing.time, call.place)} />
        </p>
        <Muted>
          The release gives no time zone, so the time is shown as printed and
          not converted to yours. Until the {noun} is surely over, this page
          calls it possibly under way from the moment that time first comes
          anywhere on Earth (UTC+14) to its end where it comes last (UTC−12).
        </Muted>
        <Muted small>{describeDuration(call)}</Muted>
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <p className="text-lg font-semibold" data-testid="call-start-zone">
        <time dateTime={new Date(timing.startsAt).toISOString()}>
          <DayAtTime {...dayAndTimeInZone(timing.startsAt, timing.zone)} />
        </time>
      </p>
      <p
        className="text-slate-700 dark:text-slate-300"
        data-testid="call-start-utc"
      >
        {formatUtc(timing.startsAt)}
      </p>
      <ReaderTime epochMs={timing.startsAt} filler={<ReaderTimeScript />} />
      <Muted small>{describeDuration(call)}</Muted>
    </div>
  );
}
