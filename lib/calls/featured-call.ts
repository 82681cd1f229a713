import {
  callPhaseBounds,
  callPhases,
  phaseAt,
  type CallPhase,
} from "@/lib/calls/call-phase";

type TimedCall = Parameters<typeof callPhaseBounds>[0];

/** A call's phase while it is the one featured, or "off" while another is. */
export type FeaturedPhase = CallPhase | "off";

/** Phases over time, as PhaseScope takes them: one more phase than bounds. */
export type PhaseSchedule<Phase extends string> = {
  bounds: number[];
  phases: Phase[];
};

/**
 * Which call leads at `now`: a live one, else the next to start, else the
 * latest with a replay running; undefined when all are over.
 */
function leadingCall(
  calls: readonly { bounds: readonly number[]; startsAt: number }[],
  now: number,
): { index: number; phase: CallPhase } | undefined {
  const phased = calls.map(({ bounds, startsAt }, index) => ({
    index,
    phase: phaseAt(now, bounds, callPhases),
    startsAt,
  }));
  const inPhase = (phase: CallPhase) =>
    phased.filter((call) => call.phase === phase);
  const byStart = (a: { startsAt: number }, b: { startsAt: number }) =>
    a.startsAt - b.startsAt;
  return (
    inPhase("live").toSorted(byStart)[0] ??
    inPhase("upcoming").toSorted(byStart)[0] ??
    inPhase("replay").toSorted(byStart).at(-1)
  );
}

/** Keeps only the bounds where the phase changes. */
function merged<Phase extends string>(
  bounds: readonly number[],
  phases: readonly Phase[],
): PhaseSchedule<Phase> {
  const [first] = phases;
  if (first === undefined) throw new Error("a schedule needs a phase");
  const schedule: PhaseSchedule<Phase> = { bounds: [], phases: [first] };
  bounds.forEach((bound, index) => {
    const phase = phases[index + 1];
    if (phase !== undefined && phase !== schedule.phases.at(-1)) {
      schedule.bounds.push(bound);
      schedule.phases.push(phase);
    }
  });
  return schedule;
}

/**
 * The home page's featured call at any moment, worked out ahead for every
 * moment, so that the reader's clock picks it before the first paint with no
 * more than PhaseScope's script: the page's own phase (the featured call's,
 * "ended" once every call is over) and, for each call, its phase while it is
 * featured and "off" while it is not.
 */
export function featuredSchedule<Call extends TimedCall>(
  calls: readonly Call[],
): {
  page: PhaseSchedule<CallPhase>;
  calls: { call: Call; schedule: PhaseSchedule<FeaturedPhase> }[];
} {
  const timed = calls.map((call) => ({
    bounds: callPhaseBounds(call),
    startsAt: call.window.startsAt,
  }));
  const bounds = [...new Set(timed.flatMap((call) => call.bounds))].toSorted(
    (a, b) => a - b,
  );
  // The moment before the first bound, then each bound, stands for its interval.
  const moments = [(bounds[0] ?? 0) - 1, ...bounds];
  const leaders = moments.map((moment) => leadingCall(timed, moment));
  return {
    page: merged(
      bounds,
      leaders.map((leader) => leader?.phase ?? "ended"),
    ),
    calls: calls.map((call, index) => ({
      call,
      schedule: merged(
        bounds,
        leaders.map((leader) =>
          leader?.index === index ? leader.phase : "off",
        ),
      ),
    })),
  };
}

/** Enough for the calls of a results season: a reader whose clock is behind the build's still finds theirs. */
const LATEST_CANDIDATES = 3;

/**
 * The calls the home page can feature, from calls latest first: every call
 * not over by the build's clock, and the latest few.
 */
export function featuredCandidates<Call extends TimedCall>(
  calls: readonly Call[],
  builtAt: number,
): Call[] {
  const open = calls.filter(
    (call) => phaseAt(builtAt, callPhaseBounds(call), callPhases) !== "ended",
  );
  return [...new Set([...open, ...calls.slice(0, LATEST_CANDIDATES)])];
}
