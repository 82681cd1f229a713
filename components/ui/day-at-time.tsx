import type { DayAndTime } from "@/lib/time/instants";

/** "Thursday, March 3, 2005 at 4:45 PM EST", never broken inside the time: "4:45 / PM EST" misreads on a phone. */
export function DayAtTime({ day, time, after }: DayAndTime) {
  return (
    <>
      {day} at <span className="whitespace-nowrap">{time}</span>
      {after === undefined ? "" : ` ${after}`}
    </>
  );
}
