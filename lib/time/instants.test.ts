import { describe, expect, it } from "vitest";
import { calendarDateSchema } from "./calendar-date";
import {
  calendarDateOf,
  endOfDayEpochMs,
  formatInZone,
  formatLocalTime,
  formatUtc,
  isTimeZone,
  wallClockToEpochMs,
  zoneAbbreviation,
} from "./instants";

const day = (text: string) => calendarDateSchema.parse(text);
const NEW_YORK = "America/New_York";
const utc = (iso: string) => Date.parse(iso);

describe("wallClockToEpochMs and zoneAbbreviation in America/New_York", () => {
  it.each([
    // The seed calls.
    ["2004-03-29", "08:30", "2004-03-29T13:30:00Z", "EST"],
    ["2005-03-03", "16:45", "2005-03-03T21:45:00Z", "EST"],
    // 2004: summer time began on Sunday April 4.
    ["2004-04-03", "08:30", "2004-04-03T13:30:00Z", "EST"],
    ["2004-04-04", "08:30", "2004-04-04T12:30:00Z", "EDT"],
    // 2005: on Sunday April 3.
    ["2005-04-02", "08:30", "2005-04-02T13:30:00Z", "EST"],
    ["2005-04-03", "08:30", "2005-04-03T12:30:00Z", "EDT"],
    // 2006, last year of the old rule: the second Sunday of March was still winter time.
    ["2006-03-12", "08:30", "2006-03-12T13:30:00Z", "EST"],
    // From 2007: the second Sunday of March.
    ["2007-03-10", "08:30", "2007-03-10T13:30:00Z", "EST"],
    ["2007-03-11", "08:30", "2007-03-11T12:30:00Z", "EDT"],
    // 2004: winter time came back on Sunday October 31.
    ["2004-10-31", "08:30", "2004-10-31T13:30:00Z", "EST"],
  ])("%s %s is %s (%s)", (date, time, instant, abbreviation) => {
    const epochMs = wallClockToEpochMs(day(date), time, NEW_YORK);
    expect(new Date(epochMs).toISOString()).toBe(
      new Date(instant).toISOString(),
    );
    expect(zoneAbbreviation(epochMs, NEW_YORK)).toBe(abbreviation);
  });

  it("refuses a time skipped or repeated by a clock change", () => {
    expect(() =>
      wallClockToEpochMs(day("2004-04-04"), "02:30", NEW_YORK),
    ).toThrow(RangeError);
    expect(() =>
      wallClockToEpochMs(day("2004-10-31"), "01:30", NEW_YORK),
    ).toThrow(RangeError);
  });
});

describe("endOfDayEpochMs", () => {
  it("ends a replay 'available through April 12, 2004' at midnight EDT", () => {
    expect(endOfDayEpochMs(day("2004-04-12"), NEW_YORK)).toBe(
      utc("2004-04-13T04:00:00Z"),
    );
  });

  it("ends 'through Thursday, March 17, 2005' at midnight EST", () => {
    expect(endOfDayEpochMs(day("2005-03-17"), NEW_YORK)).toBe(
      utc("2005-03-18T05:00:00Z"),
    );
  });

  it("handles a day that ends on a clock change", () => {
    expect(endOfDayEpochMs(day("2004-04-03"), NEW_YORK)).toBe(
      utc("2004-04-04T05:00:00Z"),
    );
  });
});

describe("formatting", () => {
  const start2004 = utc("2004-03-29T13:30:00Z");

  it("shows a call on the zone's own clock with its abbreviation", () => {
    expect(formatInZone(start2004, NEW_YORK)).toMatch(
      /^Monday, March 29, 2004(,| at) 8:30\sAM EST$/,
    );
    expect(formatInZone(utc("2005-03-03T21:45:00Z"), NEW_YORK)).toMatch(
      /^Thursday, March 3, 2005(,| at) 4:45\sPM EST$/,
    );
  });

  it("shows 2:30 PM (14:30) in London, where summer time began on March 28, 2004", () => {
    expect(formatInZone(start2004, "Europe/London")).toMatch(
      /^Monday, March 29, 2004(,| at) 2:30\sPM GMT\+1$/,
    );
    expect(formatUtc(start2004)).toBe("13:30 UTC on March 29, 2004");
  });
});

describe("formatLocalTime", () => {
  it("prints a time without a zone as it is, on the place's clock, whatever the process's zone", () => {
    expect(
      formatLocalTime(day("2005-05-10"), "11:00", "Phoenix, Arizona"),
    ).toMatch(
      /^Tuesday, May 10, 2005(,| at) 11:00\sAM local time in Phoenix, Arizona$/,
    );
    expect(formatLocalTime(day("2005-05-10"), "23:30", undefined)).toMatch(
      /^Tuesday, May 10, 2005(,| at) 11:30\sPM local time$/,
    );
  });
});

describe("calendarDateOf and isTimeZone", () => {
  it("gives the weekday of a day and refuses a day that does not exist", () => {
    expect(calendarDateOf(2005, 3, 17)).toEqual({
      date: "2005-03-17",
      isoWeekday: 4,
    });
    expect(calendarDateOf(2006, 3, 3).isoWeekday).toBe(5);
    expect(() => calendarDateOf(2005, 2, 29)).toThrow(RangeError);
  });

  it("knows IANA zones and nothing else", () => {
    expect(isTimeZone("America/New_York")).toBe(true);
    expect(isTimeZone("Europe/London")).toBe(true);
    expect(isTimeZone("Eastern")).toBe(false);
    // Intl accepts these, but they are fixed offsets or legacy aliases, or misspelt.
    for (const zone of [
      "EST",
      "EST5EDT",
      "US/Eastern",
      "Etc/GMT+5",
      "america/new_york",
    ]) {
      expect(isTimeZone(zone), zone).toBe(false);
    }
    expect(isTimeZone("Asia/Kolkata")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("EST5EDT+")).toBe(false);
  });
});
