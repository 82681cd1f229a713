import type { ComponentProps } from "react";
import { phaseAt } from "@/lib/calls/call-phase";
import { builtAt } from "@/lib/time/build-time";
import { TimedPhase } from "@/components/ui/timed-phase";
import { CLOCK_STEP_MS, steppedClock } from "@/lib/time/clock-step";

/*
 * The same functions the server and the reader's browser use, written out as
 * text, so the phase set before the first paint is the one React renders.
 */
const markPhase = `var e=document.currentScript.parentElement,d=e.dataset;d.phase=(${phaseAt.toString()})((${steppedClock.toString()})(Date.now(),${CLOCK_STEP_MS}),d.bounds.split(" ").map(Number),d.phases.split(" "));d.clock="reader"`;

/**
 * Sets its parent's phase by the reader's clock as soon as the parser reaches
 * it, before anything after it is painted: the page lays out once, in the
 * reader's phase, and hydration changes nothing (no layout shift). Must be the
 * first child of an element that usePhase gives its attributes.
 *
 * `holdPaint` keeps the parent invisible (`data-arranging`) until an
 * ArrangedScript at its end: for contents that CSS reorders by phase, which
 * the browser could otherwise paint half-parsed, in the wrong order.
 */
export function MarkPhaseScript({
  holdPaint = false,
}: {
  holdPaint?: boolean;
}) {
  const script = holdPaint ? `${markPhase};d.arranging=""` : markPhase;
  return (
    <script dangerouslySetInnerHTML={{ __html: `(function(){${script}})()` }} />
  );
}

/** Ends a MarkPhaseScript's `holdPaint`: the last child of the same parent. */
export function ArrangedScript() {
  return (
    <script
      dangerouslySetInnerHTML={{
        __html: "delete document.currentScript.parentElement.dataset.arranging",
      }}
    />
  );
}

type PhaseScopeProps = Omit<ComponentProps<typeof TimedPhase>, "builtAt">;

/**
 * An element in one of `phases` by the reader's clock, by the build's without
 * JavaScript: its contents show what fits the phase with CSS (a named Tailwind
 * group and `group-data-[phase=…]`), so nothing moves when the page hydrates.
 */
export function PhaseScope({ children, ...props }: PhaseScopeProps) {
  return (
    <TimedPhase {...props} builtAt={builtAt}>
      <MarkPhaseScript />
      {children}
    </TimedPhase>
  );
}
