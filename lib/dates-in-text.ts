/** Days and times named in running text, read by chrono-node. */
import * as chrono from "chrono-node";
import { calendarDateSchema, type CalendarDate } from "@/lib/calendar-date";
import { calendarDateOf } from "@/lib/time";

/** A day named in a text ("March 03, 2005", "Thursday, March 17, 2005", "today"), and where. */
export type DateInText = {
  readonly date: CalendarDate;
  readonly start: number;
  readonly end: number;
};

/** A wall-clock time named in a text ("8:30 am", "4:45 p.m."), as HH:MM, and where. */
export type TimeInText = {
  readonly time: string;
  readonly start: number;
  readonly end: number;
  /** The day named with the time, if chrono read it as part of the same phrase. */
  readonly date: CalendarDate | undefined;
};

type Parsed = chrono.ParsedResult;

/** `today` is the release date: "at 4:45 pm Eastern today" means that day. */
function parse(text: string, today: CalendarDate | undefined): Parsed[] {
  return today === undefined
    ? chrono.parse(text)
    : chrono.parse(text, {
        instant: new Date(`${today}T12:00:00Z`),
        timezone: 0,
      });
}

function certainDate({ start }: Parsed): CalendarDate | undefined {
  const [year, month, day] = [
    start.get("year"),
    start.get("month"),
    start.get("day"),
  ];
  if (
    !start.isCertain("day") ||
    year === null ||
    month === null ||
    day === null
  )
    return undefined;
  return calendarDateOf(year, month, day).date;
}

export function findDates(text: string, today?: CalendarDate): DateInText[] {
  return parse(text, today).flatMap((result) => {
    const date = certainDate(result);
    return date
      ? [{ date, start: result.index, end: result.index + result.text.length }]
      : [];
  });
}

export function findTimes(text: string, today?: CalendarDate): TimeInText[] {
  return parse(text, today).flatMap((result) => {
    const { start } = result;
    const hour = start.get("hour");
    if (!start.isCertain("hour") || hour === null) return [];
    const time = [hour, start.get("minute") ?? 0]
      .map((part) => String(part).padStart(2, "0"))
      .join(":");
    return [
      {
        time,
        start: result.index,
        end: result.index + result.text.length,
        date: certainDate(result),
      },
    ];
  });
}

/** The day a text consisting of a date names ("March 29, 2004", "Monday, March 29, 2004"). */
export function readDate(text: string): CalendarDate | undefined {
  const trimmed = text.trim();
  const [only, ...others] = parse(trimmed, undefined);
  if (!only || others.length > 0 || only.text.length < trimmed.length - 1)
    return undefined;
  const date = certainDate(only);
  return date && calendarDateSchema.safeParse(date).success ? date : undefined;
}
