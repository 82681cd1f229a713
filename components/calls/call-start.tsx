import type { Call } from "@/lib/content";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { dayAndTimeInZone, localDayAndTime } from "@/lib/time/instants";
import { DayAtTime } from "@/components/ui/day-at-time";

/** When a call starts, in brief: on its own clock, at its local time as printed, or its day. */
export function CallStart({ call }: { call: Call }) {
  const { timing } = call;
  return (
    <p className="mt-1 text-slate-700 dark:text-slate-300">
      {timing.kind === "exact" ? (
        <DayAtTime {...dayAndTimeInZone(timing.startsAt, timing.zone)} />
      ) : timing.kind === "local" ? (
        <DayAtTime {...localDayAndTime(call.date, timing.time, call.place)} />
      ) : (
        formatCalendarDate(call.date)
      )}
    </p>
  );
}
