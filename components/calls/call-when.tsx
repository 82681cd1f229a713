import { describeDuration } from "@/lib/calls/call-status";
import { Muted } from "@/components/ui/muted";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import type { Call } from "@/lib/content";
import { formatInZone, formatUtc } from "@/lib/time/instants";
import { ReaderTime } from "@/components/calls/reader-time";

type CallWhenProps = { call: Call };

/** When a call starts: on the call's own clock, in UTC and on the reader's clock, or what is not given. */
export function CallWhen({ call }: CallWhenProps) {
  if (call.startsAt === undefined || call.zone === undefined) {
    return (
      <div className="space-y-1">
        <p className="font-medium">{formatCalendarDate(call.date)}</p>
        <Muted>
          {call.time === undefined
            ? "The release gives no start time."
            : `At ${call.time}; the release gives no time zone, so the time cannot be converted.`}
        </Muted>
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <p className="text-lg font-semibold" data-testid="call-start-zone">
        <time dateTime={new Date(call.startsAt).toISOString()}>
          {formatInZone(call.startsAt, call.zone)}
        </time>
      </p>
      <p
        className="text-slate-700 dark:text-slate-300"
        data-testid="call-start-utc"
      >
        {formatUtc(call.startsAt)}
      </p>
      <ReaderTime epochMs={call.startsAt} />
      <Muted small>{describeDuration(call)}</Muted>
    </div>
  );
}
