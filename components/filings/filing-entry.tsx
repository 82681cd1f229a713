import type { ReactNode } from "react";
import { formatPeriod, periodDatetime, type Period } from "@/lib/time/period";
import { Muted } from "@/components/ui/muted";

type FilingEntryProps = {
  id: string;
  period: Period;
  /** What the date is, when it is not the filing's own: "date of report". */
  dateIs?: string;
  form: string;
  title: ReactNode;
  children: ReactNode;
};

/**
 * A line of the filings list: its date and form in columns of their own, then
 * what it is, where the releases name it and its links; on a phone, the date
 * and form above the rest.
 */
export function FilingEntry({
  id,
  period,
  dateIs,
  form,
  title,
  children,
}: FilingEntryProps) {
  const datetime = periodDatetime(period);
  const date = formatPeriod(period);
  return (
    <li
      id={id}
      className="grid scroll-mt-6 grid-cols-[auto_1fr] items-baseline gap-x-3 py-4 target:bg-amber-50 sm:grid-cols-[10rem_7rem_1fr] dark:target:bg-amber-950/40"
    >
      <p className="text-sm font-medium text-slate-700 tabular-nums dark:text-slate-300">
        {datetime ? <time dateTime={datetime}>{date}</time> : date}
        {dateIs && (
          <Muted as="span" className="block text-xs font-normal">
            {dateIs}
          </Muted>
        )}
      </p>
      <span className="tag justify-self-start whitespace-nowrap">
        Form {form}
      </span>
      <div className="col-span-2 mt-1 space-y-1 sm:col-span-1 sm:mt-0">
        <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1 font-medium text-slate-900 dark:text-white">
          {title}
        </p>
        {children}
      </div>
    </li>
  );
}
