import type { Call, Replay } from "@/lib/content";
import { statedTimeAndZone } from "./call-timing";
import {
  formatCalendarDate,
  type CalendarDate,
} from "@/lib/time/calendar-date";
import { zoneGenericName } from "@/lib/time/instants";
import { callKindWords } from "./call-kinds";
import type { ReplayPhase } from "./call-phase";

/**
 * The words of a call page's sections, which the search index repeats so
 * that a result quotes what the page says.
 */
export const callSectionWords = {
  telephone: "By telephone",
  webcast: "Webcast",
  replay: "Replay",
  noReplayEndDate: "The release gives no end date for this replay.",
} as const;

/** A replay's heading: "By telephone", or what the event's recorded webcast is called. */
export function replayHeading(replay: Replay, call: Call): string {
  return replay.channel === "telephone"
    ? callSectionWords.telephone
    : callKindWords[call.kind].webcastReplay;
}

/** "the end of March 17, 2005, Eastern Time", or what the release leaves out. */
function lastMoment(
  through: CalendarDate,
  endsAt: number | undefined,
  zone: string | undefined,
): string {
  const day = formatCalendarDate(through);
  return endsAt === undefined || zone === undefined
    ? `the end of ${day} (the release gives no time zone)`
    : `the end of ${day}, ${zoneGenericName(endsAt, zone)}`;
}

/** Whether a replay can be heard, in a line for each phase; undefined when the release gives no end date. */
export function replayWindowWords(
  replay: Replay,
  call: Call,
): Record<ReplayPhase, string> | undefined {
  if (replay.through === undefined) return undefined;
  const until = lastMoment(
    replay.through,
    replay.endsAt,
    statedTimeAndZone(call.timing).zone,
  );
  return {
    pending: `Opens after the ${callKindWords[call.kind].noun}; available until ${until}`,
    available: `Available until ${until}`,
    ended: `Ended on ${formatCalendarDate(replay.through)}`,
  };
}
