import { Temporal } from "temporal-polyfill";
import {
  calendarDateSchema,
  type CalendarDate,
} from "@/lib/time/calendar-date";

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and options, kept: building an Intl.DateTimeFormat
 * costs far more than formatting with it, and a build formats the same few
 * zones on every page.
 */
function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** The areas of geographic IANA zone names, "America" in America/New_York. */
const ZONE_AREAS = new Set([
  "Africa",
  "America",
  "Antarctica",
  "Arctic",
  "Asia",
  "Atlantic",
  "Australia",
  "Europe",
  "Indian",
  "Pacific",
]);

/**
 * True for a geographic IANA zone such as America/New_York, or UTC. Legacy and
 * fixed-offset names that Intl also accepts (EST, EST5EDT, US/Eastern,
 * Etc/GMT+5) are refused: EST never observes summer time, so an Eastern call in
 * June would be an hour off.
 */
export function isTimeZone(zone: string): boolean {
  const [area] = zone.split("/");
  if (
    zone !== "UTC" &&
    !(zone.includes("/") && area !== undefined && ZONE_AREAS.has(area))
  )
    return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant a wall-clock time on a day in a zone stands for, in epoch
 * milliseconds. A time that does not exist that day (skipped by a change to
 * summer time) or that happens twice throws rather than being guessed.
 */
export function wallClockToEpochMs(
  date: CalendarDate,
  time: string,
  zone: string,
): number {
  return Temporal.PlainDateTime.from(`${date}T${time}`)
    .toZonedDateTime(zone, { disambiguation: "reject" })
    .toInstant().epochMilliseconds;
}

/**
 * The instant that stands for a day whose time is not known: 12:00 UTC. Every
 * clock from UTC−12 to UTC+11 shows it on that same day (Honolulu at 2:00,
 * Los Angeles at 4:00 or 5:00, Berlin at 13:00 or 14:00, Tokyo at 21:00), so a
 * feed reader, search engine or link preview never moves a release's dateline
 * day to the day before or after. Midnight UTC would be the evening before in
 * all of America.
 */
export function middayUtcEpochMs(date: CalendarDate): number {
  return Date.parse(`${date}T12:00:00Z`);
}

/** "Available through April 12, 2004" ends when April 13 begins in the given zone. */
export function endOfDayEpochMs(date: CalendarDate, zone: string): number {
  return Temporal.PlainDate.from(date)
    .add({ days: 1 })
    .toZonedDateTime(zone)
    .toInstant().epochMilliseconds;
}

/** A day given by its parts, with its ISO weekday (1 is Monday, 7 is Sunday); throws for a day that does not exist. */
export function calendarDateOf(
  year: number,
  month: number,
  day: number,
): { date: CalendarDate; isoWeekday: number } {
  const plain = Temporal.PlainDate.from(
    { year, month, day },
    { overflow: "reject" },
  );
  return {
    date: calendarDateSchema.parse(plain.toString()),
    isoWeekday: plain.dayOfWeek,
  };
}

/** The short name of a zone at an instant, "EST" or "EDT" for America/New_York. */
export function zoneAbbreviation(epochMs: number, zone: string): string {
  const part = dateTimeFormat("en-US", {
    timeZone: zone,
    timeZoneName: "short",
  })
    .formatToParts(epochMs)
    .find(({ type }) => type === "timeZoneName");
  if (!part) throw new Error(`Intl gave no name for the zone ${zone}`);
  return part.value;
}

/** The zone's everyday name, "Eastern Time" for America/New_York. */
export function zoneGenericName(epochMs: number, zone: string): string {
  const part = dateTimeFormat("en-US", {
    timeZone: zone,
    timeZoneName: "longGeneric",
  })
    .formatToParts(epochMs)
    .find(({ type }) => type === "timeZoneName");
  return part?.value ?? zone;
}

/**
 * A day and a time of day, apart, so that a page can keep the time on one
 * line ("4:45 PM EST"), and what is said of the time after it, which may wrap.
 */
export type DayAndTime = {
  readonly day: string;
  readonly time: string;
  readonly after?: string;
};

/** "Monday, March 29, 2004" and "8:30 AM EST": an instant on a given zone's clock, with its abbreviation. */
export function dayAndTimeInZone(epochMs: number, zone: string): DayAndTime {
  const day = dateTimeFormat("en-US", {
    timeZone: zone,
    dateStyle: "full",
  }).format(epochMs);
  const time = dateTimeFormat("en-US", {
    timeZone: zone,
    timeStyle: "short",
  }).format(epochMs);
  return { day, time: `${time} ${zoneAbbreviation(epochMs, zone)}` };
}

/** "Monday, March 29, 2004 at 8:30 AM EST" */
export function formatInZone(epochMs: number, zone: string): string {
  const { day, time } = dayAndTimeInZone(epochMs, zone);
  return `${day} at ${time}`;
}

/** "13:30 UTC on March 29, 2004" */
export function formatUtc(epochMs: number): string {
  const time = dateTimeFormat("en-GB", {
    timeZone: "UTC",
    timeStyle: "short",
  }).format(epochMs);
  const day = dateTimeFormat("en-US", {
    timeZone: "UTC",
    dateStyle: "long",
  }).format(epochMs);
  return `${time} UTC on ${day}`;
}

/** An instant as ISO 8601 with the zone's UTC offset at that moment: "2004-03-29T08:30:00-05:00". */
export function isoWithOffset(epochMs: number, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs)
    .toZonedDateTimeISO(zone)
    .toString({ timeZoneName: "never" });
}

/**
 * "Tuesday, May 10, 2005 at 11:00 AM local time in Phoenix, Arizona": a time
 * printed without a zone, on the clock of wherever it is held, never
 * converted, with the place when the release names one.
 */
export function formatLocalTime(
  date: CalendarDate,
  time: string,
  place: string | undefined,
): string {
  const local = localDayAndTime(date, time, place);
  return `${local.day} at ${local.time} ${local.after}`;
}

/** "Tuesday, May 10, 2005", "11:00 AM" and "local time in Phoenix, Arizona". */
export function localDayAndTime(
  date: CalendarDate,
  time: string,
  place: string | undefined,
): DayAndTime & { readonly after: string } {
  const wallClock = Date.parse(`${date}T${time}:00Z`);
  const inUtc = (style: Intl.DateTimeFormatOptions) =>
    dateTimeFormat("en-US", { timeZone: "UTC", ...style }).format(wallClock);
  return {
    day: inUtc({ dateStyle: "full" }),
    time: inUtc({ timeStyle: "short" }),
    after: `local time${place === undefined ? "" : ` in ${place}`}`,
  };
}
