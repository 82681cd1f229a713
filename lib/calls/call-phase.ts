/**
 * Where a call and its replays stand at a given moment. Shared by the server
 * (as of the build), the reader's browser (as of their clock) and the small
 * script that marks a call page's phase before its first paint, so all three
 * always agree.
 */

import { HOUR_MS } from "@/lib/time/durations";

/** What a call page puts first: the time and a calendar, the live line, the replay, or the record. */
export const callPhases = ["upcoming", "live", "replay", "ended"] as const;
export type CallPhase = (typeof callPhases)[number];

/** A replay opens when its call ends and runs until the end of its last day. */
export const replayPhases = ["pending", "available", "ended"] as const;
export type ReplayPhase = (typeof replayPhases)[number];

/**
 * The phase at `now`: the first before the first boundary, the next from
 * each boundary on (boundaries ascending). Self-contained, with no imports
 * or helpers, because it is also written out as the text of an inline script.
 */
export function phaseAt<Phase extends string>(
  now: number,
  bounds: readonly number[],
  phases: readonly Phase[],
): Phase {
  let passed = 0;
  for (const bound of bounds) if (bound <= now) passed++;
  const phase = phases[Math.min(passed, phases.length - 1)];
  if (phase === undefined) throw new Error("phaseAt needs at least one phase");
  return phase;
}

/** The day begins first at UTC+14 and ends last at UTC−12. */
function dayAnywhere(date: string): { startsAt: number; endsAt: number } {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  return {
    startsAt: utcMidnight - 14 * HOUR_MS,
    endsAt: utcMidnight + 36 * HOUR_MS,
  };
}

/**
 * When a wall-clock time of a day can fall, in every zone that could hold
 * it: first at UTC+14, last at UTC−12.
 */
export function localTimeAnywhere(
  date: string,
  time: string,
): { earliest: number; latest: number } {
  const atUtc = Date.parse(`${date}T${time}:00Z`);
  return { earliest: atUtc - 14 * HOUR_MS, latest: atUtc + 12 * HOUR_MS };
}

/**
 * When a call can be live. With a time printed without a zone, from that
 * time in the first zone to reach it until its end in the last one; with no
 * time, its day: the call is upcoming before the day begins anywhere and
 * ended after it has ended everywhere.
 */
export function callWindow(call: {
  date: string;
  startsAt: number | undefined;
  endsAt: number | undefined;
  localTime?: { time: string; durationMinutes: number };
}): { startsAt: number; endsAt: number } {
  if (call.startsAt !== undefined && call.endsAt !== undefined)
    return { startsAt: call.startsAt, endsAt: call.endsAt };
  if (call.localTime !== undefined) {
    const { time, durationMinutes } = call.localTime;
    const { earliest, latest } = localTimeAnywhere(call.date, time);
    return { startsAt: earliest, endsAt: latest + durationMinutes * 60_000 };
  }
  return dayAnywhere(call.date);
}

/**
 * When a replay closes: the end of its last day in the call's zone; without
 * that zone, when the day has ended everywhere; without a last day, as soon as
 * it opens, since nothing says it can still be heard.
 */
export function replayClosesAt(
  replay: { through: string | undefined; endsAt: number | undefined },
  opensAt: number,
): number {
  if (replay.endsAt !== undefined) return replay.endsAt;
  return replay.through === undefined
    ? opensAt
    : Math.max(opensAt, dayAnywhere(replay.through).endsAt);
}

/** The boundaries between a call's phases: its start, its end, and its last replay's close. */
export function callPhaseBounds(call: {
  window: { startsAt: number; endsAt: number };
  replays: readonly {
    through: string | undefined;
    endsAt: number | undefined;
  }[];
}): number[] {
  const { startsAt, endsAt } = call.window;
  const lastClose = Math.max(
    endsAt,
    ...call.replays.map((replay) => replayClosesAt(replay, endsAt)),
  );
  return [startsAt, endsAt, lastClose];
}

/** "About an hour (an estimate: …)" when the release gives no length, else the stated length. */
export function describeDuration(call: {
  durationMinutes: number;
  durationIsEstimate: boolean;
}): string {
  const hours = call.durationMinutes / 60;
  const length =
    hours === 1
      ? "an hour"
      : Number.isInteger(hours)
        ? `${hours} hours`
        : `${call.durationMinutes} minutes`;
  return call.durationIsEstimate
    ? `About ${length} (an estimate: the release gives no end time)`
    : `Scheduled for ${length}`;
}
