import * as chrono from "chrono-node";
import { calendarDateSchema, type CalendarDate } from "@/lib/calendar-date";
import {
  calendarDateOf,
  wallClockToEpochMs,
  zoneAbbreviation,
} from "@/lib/time";

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

/**
 * How US releases name the zone of a call: the everyday name ("Eastern"), or
 * an abbreviation, which may also say whether summer time is meant.
 */
const zoneWords: Record<string, { zone: string; abbreviation?: string }> = {
  Eastern: { zone: "America/New_York" },
  ET: { zone: "America/New_York" },
  EST: { zone: "America/New_York", abbreviation: "EST" },
  EDT: { zone: "America/New_York", abbreviation: "EDT" },
  Central: { zone: "America/Chicago" },
  CT: { zone: "America/Chicago" },
  CST: { zone: "America/Chicago", abbreviation: "CST" },
  CDT: { zone: "America/Chicago", abbreviation: "CDT" },
  Mountain: { zone: "America/Denver" },
  MT: { zone: "America/Denver" },
  MST: { zone: "America/Denver", abbreviation: "MST" },
  MDT: { zone: "America/Denver", abbreviation: "MDT" },
  Pacific: { zone: "America/Los_Angeles" },
  PT: { zone: "America/Los_Angeles" },
  PST: { zone: "America/Los_Angeles", abbreviation: "PST" },
  PDT: { zone: "America/Los_Angeles", abbreviation: "PDT" },
};

const meridiem = new Set(["am", "pm", "a.m.", "p.m."]);

/** The zone's abbreviation at that wall-clock time, or undefined for a time the day skips (the build reports those). */
function abbreviationOn(
  date: CalendarDate,
  time: string,
  zone: string,
): string | undefined {
  try {
    return zoneAbbreviation(wallClockToEpochMs(date, time, zone), zone);
  } catch {
    return undefined;
  }
}

export type StatedZone = {
  readonly zone: string;
  /** As the release writes it: "Eastern", "EDT". */
  readonly written: string;
  /** Set when the release names standard or summer time but the zone keeps the other on that day. */
  readonly contradiction: string | undefined;
};

/**
 * The zone a release names right after a time: "8:30 am Eastern",
 * "4:45 p.m. Eastern time", "10:30 am EDT", "10:30 a.m. (Eastern Daylight Time)".
 */
export function zoneAfterTime(
  text: string,
  time: TimeInText,
  date: CalendarDate | undefined,
): StatedZone | undefined {
  const words = text
    .slice(time.start)
    .split(/\s+/)
    .map((word) => word.replace(/^[("]+|[)",.;]+$/g, ""));
  const isMeridiem = (word: string | undefined) =>
    word !== undefined &&
    (meridiem.has(word.toLowerCase()) ||
      meridiem.has(`${word}.`.toLowerCase()));
  const clock = words.findIndex(
    (word, index) =>
      /^\d{1,2}:\d{2}$/.test(word) ||
      (/^\d{1,2}$/.test(word) && isMeridiem(words[index + 1])),
  );
  if (clock === -1) return undefined;
  let next = clock + 1;
  while (isMeridiem(words[next])) next += 1;
  const written = words[next] ?? "";
  const named = zoneWords[written];
  if (!named) return undefined;
  const season = words[next + 1];
  const abbreviation =
    named.abbreviation ??
    (season === "Standard" || season === "Daylight"
      ? `${written.charAt(0)}${season.charAt(0)}T`
      : undefined);
  const actual =
    abbreviation && date && abbreviationOn(date, time.time, named.zone);
  const contradiction =
    actual && actual !== abbreviation
      ? `the release says ${abbreviation}, but ${named.zone} keeps ${actual} on ${date}`
      : undefined;
  return { zone: named.zone, written, contradiction };
}
