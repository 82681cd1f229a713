import {
  formatCalendarDate,
  type CalendarDate,
} from "@/lib/time/calendar-date";

/** The badge of what a release anticipated, in its amber, wherever it is shown. */
export const anticipatedBadgeStyle =
  "rounded border px-1.5 py-0.5 text-xs font-semibold border-amber-600 text-amber-800 dark:border-amber-400 dark:text-amber-300";

type ExpectedBadgeProps = {
  /** The date of the release that expected it. */
  asOf: CalendarDate;
};

/** "Expected, as of March 3, 2005": what a release said of something still ahead, as of its date. */
export function ExpectedBadge({ asOf }: ExpectedBadgeProps) {
  return (
    <span className={anticipatedBadgeStyle}>
      Expected, as of {formatCalendarDate(asOf)}
    </span>
  );
}
