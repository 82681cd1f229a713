/**
 * Where a call and its replays stand at a given moment. Shared by the server
 * (status as of the build) and the reader's browser (status as of their clock).
 */
export type CallStatus = "upcoming" | "live" | "ended";

export function callStatus(
  now: number,
  startsAt: number,
  endsAt: number,
): CallStatus {
  if (now < startsAt) return "upcoming";
  return now < endsAt ? "live" : "ended";
}

export type ReplayStatus = "pending" | "available" | "ended";

/** A replay opens when the call ends and runs until `endsAt` (exclusive). */
export function replayStatus(
  now: number,
  opensAt: number,
  endsAt: number,
): ReplayStatus {
  if (now < opensAt) return "pending";
  return now < endsAt ? "available" : "ended";
}

const HOUR_MS = 3_600_000;

/**
 * When a call can be live. Without a time and zone only its day is known, and
 * that day lasts from UTC+14 to UTC−12: the call is upcoming before the day
 * begins anywhere and ended after it has ended everywhere.
 */
export function callWindow(call: {
  date: string;
  startsAt: number | undefined;
  endsAt: number | undefined;
}): { startsAt: number; endsAt: number } {
  const utcMidnight = Date.parse(`${call.date}T00:00:00Z`);
  return {
    startsAt: call.startsAt ?? utcMidnight - 14 * HOUR_MS,
    endsAt: call.endsAt ?? utcMidnight + 36 * HOUR_MS,
  };
}

/** "About an hour (an estimate: …)" when the release gives no length, else the stated length. */
export function describeDuration(call: {
  durationMinutes: number;
  durationIsEstimate: boolean;
}): string {
  const length =
    call.durationMinutes === 60 ? "an hour" : `${call.durationMinutes} minutes`;
  return call.durationIsEstimate
    ? `About ${length} (an estimate: the release gives no end time)`
    : `Scheduled for ${length}`;
}
