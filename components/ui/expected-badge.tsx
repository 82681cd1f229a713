import {
  formatCalendarDate,
  type CalendarDate,
} from "@/lib/time/calendar-date";

/** The badge of what a release anticipated, in its amber, wherever it is shown. */
export const anticipatedBadgeStyle = "tag-anticipated";

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
