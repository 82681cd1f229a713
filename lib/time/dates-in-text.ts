/** Days and times named in running text, read by chrono-node. */
import * as chrono from "chrono-node";
import {
  calendarDateSchema,
  type CalendarDate,
} from "@/lib/time/calendar-date";
import { calendarDateOf } from "@/lib/time/instants";

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

/**
 * chrono's results, less those it reads as an offset in time units from the
 * reference: reading forward, it takes "the SEC" for "the second" after it,
 * and no release states a day or time that way.
 */
function parse(text: string, reference: Date, forwardDate = false): Parsed[] {
  return chrono
    .parse(text, { instant: reference, timezone: 0 }, { forwardDate })
    .filter((result) => !result.tags().has("result/relativeDateAndTime"));
}

/** `today` is the release date: "at 4:45 pm Eastern today" means that day. */
const middayOf = (today: CalendarDate) => new Date(`${today}T12:00:00Z`);

/**
 * Two days far apart. A day chrono reads alike from both is written out in
 * full ("March 3, 2005"); one that differs ("today", "May 12") depends on
 * when it was written, which only a reference day can say.
 */
const distantReferences = [
  new Date("1900-06-15T12:00:00Z"),
  new Date("2100-06-15T12:00:00Z"),
] as const;

function dayOf({ start }: Parsed): CalendarDate | undefined {
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

/**
 * The days written out in full among `early` (the text read from the first
 * distant reference), by where they start: those read alike from the second.
 */
function statedDays(
  text: string,
  early: readonly Parsed[],
): Map<number, CalendarDate> {
  const lateDays = new Map(
    parse(text, distantReferences[1]).map((result) => [
      result.index,
      dayOf(result),
    ]),
  );
  const stated = new Map<number, CalendarDate>();
  for (const result of early) {
    const day = dayOf(result);
    if (day !== undefined && lateDays.get(result.index) === day)
      stated.set(result.index, day);
  }
  return stated;
}

/**
 * chrono's results with the day each names: with `today`, days relative to it
 * count too; without, only days written out in full, so that no day is taken
 * from the clock of whoever runs the code. `needsDay` says which results want
 * a day at all, so that a text is read from the second reference only when
 * one does.
 */
function readWithDays(
  text: string,
  today: CalendarDate | undefined,
  forward: boolean,
  needsDay: (result: Parsed) => boolean,
): { result: Parsed; day: CalendarDate | undefined }[] {
  if (today !== undefined)
    return parse(text, middayOf(today), forward).map((result) => ({
      result,
      day: needsDay(result) ? dayOf(result) : undefined,
    }));
  const early = parse(text, distantReferences[0]);
  const stated = early.some(needsDay) ? statedDays(text, early) : new Map();
  return early.map((result) => ({ result, day: stated.get(result.index) }));
}

/**
 * The days a text names. With `today`, days relative to it count too
 * ("today", "May 12" as the nearest May 12, or with `forward` the first one
 * after it); without, only days written out with their year.
 */
export function findDates(
  text: string,
  today?: CalendarDate,
  { forward = false }: { readonly forward?: boolean } = {},
): DateInText[] {
  return readWithDays(text, today, forward, () => true).flatMap(
    ({ result, day }) =>
      day
        ? [
            {
              date: day,
              start: result.index,
              end: result.index + result.text.length,
            },
          ]
        : [],
  );
}

/** The times a text names; the day beside one counts as in `findDates`. */
export function findTimes(text: string, today?: CalendarDate): TimeInText[] {
  const hasTime = ({ start }: Parsed) =>
    start.isCertain("hour") && start.get("hour") !== null;
  return readWithDays(
    text,
    today,
    false,
    (result) => hasTime(result) && result.start.isCertain("day"),
  ).flatMap(({ result, day }) => {
    const { start } = result;
    const hour = start.get("hour");
    if (!hasTime(result) || hour === null) return [];
    const time = [hour, start.get("minute") ?? 0]
      .map((part) => String(part).padStart(2, "0"))
      .join(":");
    return [
      {
        time,
        start: result.index,
        end: result.index + result.text.length,
        date: day,
      },
    ];
  });
}

/** The day a text consisting of a date names ("March 29, 2004", "Monday, March 29, 2004"). */
export function readDate(text: string): CalendarDate | undefined {
  const trimmed = text.trim();
  const [only, ...others] = findDates(trimmed);
  if (!only || others.length > 0 || only.end - only.start < trimmed.length - 1)
    return undefined;
  return calendarDateSchema.safeParse(only.date).success
    ? only.date
    : undefined;
}

/** A weekday written beside a full date: "Thursday, March 17, 2005". */
export type WeekdayBesideDate = {
  readonly text: string;
  readonly date: CalendarDate;
  /** As written, counted from Sunday = 0 as chrono counts. */
  readonly stated: number;
  /** The date's own weekday, from Sunday = 0. */
  readonly actual: number;
};

/**
 * Each full date in a text written with its weekday. Dates without a weekday
 * or a year are not listed, nor days that do not exist ("February 30"), which
 * chrono does not read as dates.
 */
export function findWeekdaysBesideDates(text: string): WeekdayBesideDate[] {
  // Every part is written out, so the reference day changes nothing.
  return parse(text, new Date(0)).flatMap(
    ({ text: written, start }): WeekdayBesideDate[] => {
      const stated = start.get("weekday");
      const year = start.get("year");
      const month = start.get("month");
      const day = start.get("day");
      const fullyStated = (["weekday", "year", "month", "day"] as const).every(
        (part) => start.isCertain(part),
      );
      if (
        !fullyStated ||
        stated === null ||
        year === null ||
        month === null ||
        day === null
      )
        return [];
      const { date, isoWeekday } = calendarDateOf(year, month, day);
      return [{ text: written, date, stated, actual: isoWeekday % 7 }];
    },
  );
}
