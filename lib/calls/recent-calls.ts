import { callPhaseBounds, callPhases, phaseAt } from "@/lib/calls/call-phase";

type TimedCall = Parameters<typeof callPhaseBounds>[0];

/**
 * What the first page of calls holds at `now`, from calls latest first:
 * every call not yet over (ahead, live, or with a replay running), which a
 * reader's later clock can still move to the past, and the `recentCount`
 * latest calls that are over, which no clock brings back.
 */
export function openAndRecentCalls<Call extends TimedCall>(
  calls: readonly Call[],
  now: number,
  recentCount: number,
): { open: Call[]; recent: Call[] } {
  const isOver = (call: Call) =>
    phaseAt(now, callPhaseBounds(call), callPhases) === "ended";
  return {
    open: calls.filter((call) => !isOver(call)),
    recent: calls.filter(isOver).slice(0, recentCount),
  };
}
