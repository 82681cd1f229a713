import type { ReactNode } from "react";
import { formatPeriod, periodDatetime, type Period } from "@/lib/time/period";

type TimelineEntryProps = {
  id: string;
  period: Period;
  /** For tests and styles: "filing", "call", "figure"… */
  kind: string;
  kindLabel: string;
  headline: ReactNode;
  children: ReactNode;
};

/**
 * A line of the timeline: its date and kind in columns of their own, then the
 * entry and its source; on a phone, the date and kind above the entry.
 */
export function TimelineEntry({
  id,
  period,
  kind,
  kindLabel,
  headline,
  children,
}: TimelineEntryProps) {
  const datetime = periodDatetime(period);
  const date = formatPeriod(period);
  return (
    <li
      id={id}
      className="grid scroll-mt-6 grid-cols-[auto_1fr] items-baseline gap-x-2 py-2 target:bg-amber-50 sm:grid-cols-[10rem_7.5rem_1fr] sm:gap-x-3 dark:target:bg-amber-950/40"
    >
      <p className="text-sm font-medium text-slate-700 tabular-nums dark:text-slate-300">
        {datetime ? <time dateTime={datetime}>{date}</time> : date}
      </p>
      <span
        data-event-kind={kind}
        className="justify-self-start rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-300"
      >
        {kindLabel}
      </span>
      <div className="col-span-2 mt-0.5 sm:col-span-1 sm:mt-0">
        <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          {headline}
        </p>
        {children}
      </div>
    </li>
  );
}
