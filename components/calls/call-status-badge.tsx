"use client";

import { callStatus, type CallStatus } from "@/lib/calls/call-status";
import { Muted } from "@/components/ui/muted";
import { AsOfBuild } from "@/components/ui/as-of-build";
import { useReaderClock } from "@/components/ui/use-reader-clock";

type CallStatusBadgeProps = {
  window: { startsAt: number; endsAt: number };
  /** Without a start time, "live" only means the call's day has come. */
  timeKnown: boolean;
  builtAt: number;
};

const styles: Record<CallStatus, string> = {
  upcoming: "bg-brand-100 text-brand-900 dark:bg-brand-900 dark:text-brand-100",
  live: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  ended: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
};

/** Upcoming, live or ended by the reader's clock; by the build's, said so, without JavaScript. */
export function CallStatusBadge({
  window,
  timeKnown,
  builtAt,
}: CallStatusBadgeProps) {
  const now = useReaderClock();
  const status = callStatus(now ?? builtAt, window.startsAt, window.endsAt);
  const label = {
    upcoming: "Upcoming",
    live: timeKnown ? "Live now" : "Today (time not given)",
    ended: "Ended",
  }[status];
  return (
    <span
      className="inline-flex flex-wrap items-baseline gap-x-2 text-sm"
      data-testid="call-status"
    >
      <span
        className={`rounded-full px-2.5 py-0.5 font-semibold ${styles[status]}`}
      >
        {label}
      </span>
      {now === null && (
        <Muted as="span">
          <AsOfBuild builtAt={builtAt} />
        </Muted>
      )}
    </span>
  );
}
