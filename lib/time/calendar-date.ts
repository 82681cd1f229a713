import { Temporal } from "temporal-polyfill";
import { z } from "zod";

/**
 * A day on the calendar, written YYYY-MM-DD, with no time of day and no zone.
 * Release dates are days: formatting one must never pass through the reader's or
 * the build machine's zone, or March 29 turns into March 28 in America.
 */
export const calendarDateSchema = z.iso
  .date({
    error: (issue) =>
      `expected a real calendar date written YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
  })
  .brand<"CalendarDate">();

export type CalendarDate = z.output<typeof calendarDateSchema>;

function utcMidnight(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

const longFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "long",
  timeZone: "UTC",
});

/** "March 29, 2004" */
export function formatCalendarDate(date: CalendarDate): string {
  return longFormat.format(utcMidnight(date));
}

export function calendarYear(date: CalendarDate): number {
  return calendarDateParts(date)[0];
}

/** The day after: what an all-day event's exclusive end is. */
export function nextDay(date: CalendarDate): CalendarDate {
  return calendarDateSchema.parse(
    Temporal.PlainDate.from(date).add({ days: 1 }).toString(),
  );
}

/** [year, month, day], month counted from 1. */
export function calendarDateParts(
  date: CalendarDate,
): [number, number, number] {
  const day = utcMidnight(date);
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
}

/** Newest first; ISO dates order as strings. */
export function compareCalendarDatesDescending(
  a: CalendarDate,
  b: CalendarDate,
): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
