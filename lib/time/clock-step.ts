/**
 * Statuses change at most every few seconds' worth of precision, so the
 * reader's clock is read in steps: a snapshot then stays the same between two
 * reads in one render, as React requires.
 */
export const CLOCK_STEP_MS = 5_000;

/** Self-contained, because the script that marks a page's phase before its first paint is written from its text. */
export function steppedClock(now: number, step: number): number {
  return now - (now % step);
}
