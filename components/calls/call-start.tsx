import type { Call } from "@/lib/content";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { formatInZone } from "@/lib/time/instants";

/** When a call starts, in brief: on its own clock when the release gives a time and zone, else its day. */
export function CallStart({ call }: { call: Call }) {
  return (
    <p className="mt-1 text-slate-700 dark:text-slate-300">
      {call.timing.kind === "exact"
        ? formatInZone(call.timing.startsAt, call.timing.zone)
        : formatCalendarDate(call.date)}
    </p>
  );
}
