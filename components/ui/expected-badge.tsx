import {
  formatCalendarDate,
  type CalendarDate,
} from "@/lib/time/calendar-date";

type ExpectedBadgeProps = {
  /** The date of the release that expected it. */
  asOf: CalendarDate;
};

/** "Expected, as of March 3, 2005": what a release said of something still ahead, as of its date. */
export function ExpectedBadge({ asOf }: ExpectedBadgeProps) {
  return (
    <span className="tag-anticipated">
      Expected, as of {formatCalendarDate(asOf)}
    </span>
  );
}
