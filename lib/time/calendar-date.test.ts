import { describe, expect, it } from "vitest";
import { processTimeZoneSetter } from "@/lib/testing/process-time-zone";
import {
  calendarDateSchema,
  calendarYear,
  formatCalendarDate,
  type CalendarDate,
} from "./calendar-date";

const day = (text: string): CalendarDate => calendarDateSchema.parse(text);

describe("calendarDateSchema", () => {
  it.each(["2004-03-29", "2005-03-03", "2004-02-29", "2000-02-29"])(
    "accepts the real date %s",
    (text) => {
      expect(calendarDateSchema.safeParse(text).success).toBe(true);
    },
  );

  it.each([
    "2004-02-30",
    "2005-02-29",
    "1900-02-29",
    "2004-04-31",
    "2004-13-01",
    "2004-3-29",
    "March 29, 2004",
    "",
  ])("rejects %j and says what it expected", (text) => {
    const result = calendarDateSchema.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(
      "expected a real calendar date written YYYY-MM-DD",
    );
  });
});

describe("formatCalendarDate", () => {
  const setProcessTimeZone = processTimeZoneSetter();

  // Far west and far east of UTC: a date formatted through a local midnight shifts a day in one of them.
  it.each([
    "America/Los_Angeles",
    "Pacific/Honolulu",
    "Asia/Tokyo",
    "Pacific/Kiritimati",
  ])("prints the same day with the process time zone set to %s", (zone) => {
    setProcessTimeZone(zone);
    expect(formatCalendarDate(day("2004-03-29"))).toBe("March 29, 2004");
    expect(formatCalendarDate(day("2005-03-03"))).toBe("March 3, 2005");
    expect(calendarYear(day("2005-01-01"))).toBe(2005);
    expect(calendarYear(day("2004-12-31"))).toBe(2004);
  });
});
