"use client";

import { callStatus, type CallStatus } from "@/lib/call-status";
import { useReaderClock } from "./use-reader-clock";

type CallStatusBadgeProps = {
  startsAt: number;
  endsAt: number;
  builtAt: number;
};

const labels: Record<CallStatus, string> = {
  upcoming: "Upcoming",
  live: "Live now",
  ended: "Ended",
};

const styles: Record<CallStatus, string> = {
  upcoming: "bg-brand-100 text-brand-900 dark:bg-brand-900 dark:text-brand-100",
  live: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  ended: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
};

const buildDay = new Intl.DateTimeFormat("en-US", {
  dateStyle: "long",
  timeZone: "UTC",
});

/** Upcoming, live or ended by the reader's clock; by the build's, said so, without JavaScript. */
export function CallStatusBadge({
  startsAt,
  endsAt,
  builtAt,
}: CallStatusBadgeProps) {
  const now = useReaderClock();
  const status = callStatus(now ?? builtAt, startsAt, endsAt);
  return (
    <span
      className="inline-flex flex-wrap items-baseline gap-x-2 text-sm"
      data-testid="call-status"
    >
      <span
        className={`rounded-full px-2.5 py-0.5 font-semibold ${styles[status]}`}
      >
        {labels[status]}
      </span>
      {now === null && (
        <span className="text-slate-600 dark:text-slate-400">
          as of {buildDay.format(builtAt)}
        </span>
      )}
    </span>
  );
}
