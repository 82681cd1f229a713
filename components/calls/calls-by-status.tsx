import type { ReactNode } from "react";
import type { Call } from "@/lib/content";
import { callPhaseBounds, callPhases } from "@/lib/calls/call-phase";
import { CallCard } from "@/components/calls/call-card";
import { PhaseScope } from "@/components/ui/phase-scope";
import { headingStyle } from "@/components/ui/headings";

/*
 * Each call is in both lists, and CSS shows it in the one its phase belongs
 * to (set before the first paint by the reader's clock): a call that ends
 * while the page is open moves, but none moves when the page loads.
 */
const lists = {
  current: {
    title: "Upcoming, live and on replay",
    shown: "hidden not-data-[phase=ended]:block",
    emptyWhen: "[section:not(:has(li:not([data-phase=ended])))>&]:block",
    empty: "No call is ahead, live or on replay.",
  },
  past: {
    title: "Past calls",
    shown: "hidden data-[phase=ended]:block",
    emptyWhen: "[section:not(:has(li[data-phase=ended]))>&]:block",
    empty: "None yet.",
  },
} as const;

type CallListProps = {
  list: keyof typeof lists;
  calls: readonly Call[];
  children?: ReactNode;
};

function CallList({ list, calls, children }: CallListProps) {
  const { title, shown, emptyWhen, empty } = lists[list];
  const headingId = `${list}-calls`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={`mb-4 ${headingStyle[2]}`}>
        {title}
      </h2>
      {children && <div className="mb-6">{children}</div>}
      <ul className="grid gap-4 md:grid-cols-2">
        {calls.map((call) => (
          <PhaseScope
            key={call.slug}
            as="li"
            bounds={callPhaseBounds(call)}
            phases={callPhases}
            className={shown}
          >
            <CallCard call={call} />
          </PhaseScope>
        ))}
      </ul>
      <p className={`hidden text-slate-700 dark:text-slate-300 ${emptyWhen}`}>
        {empty}
      </p>
    </section>
  );
}

type CallsByStatusProps = {
  /** Latest first: the calls not over at the build and the latest that are (openAndRecentCalls). */
  calls: readonly Call[];
  children?: ReactNode;
};

/**
 * Calls ahead, live or with a replay running, soonest first, then past
 * calls, latest first: by the reader's clock, by the build's without
 * JavaScript. `children` head the past calls: the way to earlier ones.
 */
export function CallsByStatus({ calls, children }: CallsByStatusProps) {
  return (
    <div className="space-y-12">
      <CallList list="current" calls={calls.toReversed()} />
      <CallList list="past" calls={calls}>
        {children}
      </CallList>
    </div>
  );
}
