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
