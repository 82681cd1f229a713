"use client";

import type { ReactNode } from "react";
import { callPhases, type CallPhase } from "@/lib/calls/call-phase";
import { usePhase } from "@/components/ui/timed-phase";

const sectionNames = ["when", "live", "replay"] as const;
type CallSection = (typeof sectionNames)[number];

/** What a reader needs first in each phase; the other sections follow in their usual order. */
const leadIn: Record<CallPhase, CallSection> = {
  upcoming: "when",
  live: "live",
  replay: "replay",
  ended: "when",
};

/** Puts the lead first before hydration, when the DOM is still in the build's order. */
const leadClass: Record<CallPhase, string> = {
  upcoming: "group-data-[phase=upcoming]/call:-order-1",
  live: "group-data-[phase=live]/call:-order-1",
  replay: "group-data-[phase=replay]/call:-order-1",
  ended: "group-data-[phase=ended]/call:-order-1",
};

type CallSectionsProps = {
  bounds: readonly number[];
  builtAt: number;
  /** MarkPhaseScript holding the paint, and ArrangedScript: around the sections. */
  marker: ReactNode;
  arranged: ReactNode;
  sections: Record<CallSection, ReactNode>;
};

/**
 * A call page's sections, the one the call's phase calls for first: the time
 * and calendar while it is ahead, the live line while it is on, the replay
 * while one runs. CSS orders them as soon as the phase is marked, and they
 * are shown once all are parsed; once React runs, the DOM follows, so reading
 * and tab order match what is seen.
 */
export function CallSections({
  bounds,
  builtAt,
  marker,
  arranged,
  sections,
}: CallSectionsProps) {
  const { phase, attributes } = usePhase({
    bounds,
    phases: callPhases,
    builtAt,
  });
  const lead = leadIn[phase];
  const ordered = [lead, ...sectionNames.filter((name) => name !== lead)];
  return (
    <div
      className="group/call flex flex-col gap-10 data-arranging:invisible"
      {...attributes}
    >
      {marker}
      {ordered.map((name) => (
        <div key={name} className={leadClasses(name)}>
          {sections[name]}
        </div>
      ))}
      {arranged}
    </div>
  );
}

function leadClasses(section: CallSection): string {
  return callPhases
    .filter((phase) => leadIn[phase] === section)
    .map((phase) => leadClass[phase])
    .join(" ");
}
