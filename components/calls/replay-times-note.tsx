import { statedTimeAndZone, type Call, type Replay } from "@/lib/content";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { formatUtc, zoneGenericName } from "@/lib/time/instants";
import { callKindWords } from "@/lib/calls/call-kinds";

const channelNames: Record<Replay["channel"], string> = {
  telephone: "The telephone replay",
  webcast: "The webcast replay",
};

/**
 * How the replays' end times were worked out, said once for the page: a
 * release gives a replay's last day but no time zone for it, so the call's is
 * taken. Closed by default; most readers need only the day.
 */
export function ReplayTimesNote({ call }: { call: Call }) {
  const { zone } = statedTimeAndZone(call.timing);
  const timed = call.replays.flatMap((replay) =>
    replay.through !== undefined && replay.endsAt !== undefined
      ? [{ ...replay, through: replay.through, endsAt: replay.endsAt }]
      : [],
  );
  const [first] = timed;
  if (zone === undefined || first === undefined) return null;
  return (
    <details className="muted mt-6 text-sm">
      <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">
        How the end times are worked out
      </summary>
      <p className="mt-2">
        The release gives no time zone for the replays, so the{" "}
        {callKindWords[call.kind].noun}&rsquo;s is taken:{" "}
        {zoneGenericName(first.endsAt, zone)}.{" "}
        {timed.map(({ channel, through, endsAt }) => (
          <span key={channel}>
            {channelNames[channel]} runs through the end of{" "}
            {formatCalendarDate(through)}, which is {formatUtc(endsAt)}.{" "}
          </span>
        ))}
      </p>
    </details>
  );
}
