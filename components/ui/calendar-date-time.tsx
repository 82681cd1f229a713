import {
  formatCalendarDate,
  type CalendarDate,
} from "@/lib/time/calendar-date";

type CalendarDateTimeProps = { date: CalendarDate; className?: string };

/** A calendar day in a `<time>` element, the same in every reader's time zone. */
export function CalendarDateTime({ date, className }: CalendarDateTimeProps) {
  return (
    <time dateTime={date} className={className}>
      {formatCalendarDate(date)}
    </time>
  );
}
