"use client";

import type { ReactNode } from "react";
import { phaseAt } from "@/lib/calls/call-phase";
import { useReaderClock } from "@/components/ui/use-reader-clock";

type PhaseTimes<Phase extends string> = {
  /** The instants at which the phase changes, ascending. */
  bounds: readonly number[];
  /** One more than the bounds: the phase before the first, then after each. */
  phases: readonly Phase[];
  builtAt: number;
};

/**
 * The phase by the reader's clock (by the build's in the prerendered HTML),
 * as the data attributes that CSS switches on: `data-phase` and `data-clock`.
 * The bounds and phases go into the HTML too, for the inline script that sets
 * the same attributes before the first paint (MarkPhaseScript).
 */
export function usePhase<Phase extends string>({
  bounds,
  phases,
  builtAt,
}: PhaseTimes<Phase>) {
  const now = useReaderClock();
  const phase = phaseAt(now ?? builtAt, bounds, phases);
  return {
    phase,
    attributes: {
      "data-bounds": bounds.join(" "),
      "data-phases": phases.join(" "),
      "data-phase": phase,
      "data-clock": now === null ? "build" : "reader",
      // The inline script has already set them by the reader's clock.
      suppressHydrationWarning: true,
    },
  };
}

type TimedPhaseProps = PhaseTimes<string> & {
  as?: "div" | "span" | "li";
  className?: string;
  testId?: string;
  children: ReactNode;
};

/** An element whose `data-phase` follows the reader's clock, for its contents to style by. */
export function TimedPhase({
  as: Element = "div",
  className,
  testId,
  children,
  ...times
}: TimedPhaseProps) {
  const { attributes } = usePhase(times);
  return (
    <Element className={className} data-testid={testId} {...attributes}>
      {children}
    </Element>
  );
}
