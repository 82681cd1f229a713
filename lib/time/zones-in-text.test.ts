import { describe, expect, it } from "vitest";
import {
  calendarDateSchema,
  type CalendarDate,
} from "@/lib/time/calendar-date";
import { findTimes } from "@/lib/time/dates-in-text";
import { zoneAfterTime } from "./zones-in-text";

const summerDay = calendarDateSchema.parse("2005-04-28");
const winterDay = calendarDateSchema.parse("2005-01-27");

function zoneIn(text: string, date: CalendarDate) {
  const [time] = findTimes(text, date);
  if (!time) throw new Error(`no time in ${text}`);
  return zoneAfterTime(text, time, date);
}

describe("zoneAfterTime", () => {
  it.each([
    ["at 4:45 p.m. Eastern time", "America/New_York"],
    ["at 8:30 am Eastern", "America/New_York"],
    ["at 10:30 am EDT", "America/New_York"],
    ["at 11 a.m. ET", "America/New_York"],
    ["at 1:30 p.m. (Pacific Daylight Time)", "America/Los_Angeles"],
    ["at 9:00 a.m. CT", "America/Chicago"],
    ["at noon Eastern time", "America/New_York"],
  ])("%s is in %s", (text, zone) => {
    expect(zoneIn(text, summerDay)).toMatchObject({
      zone,
      contradiction: undefined,
    });
  });

  it("gives no zone when none is named after the time", () => {
    expect(zoneIn("at 4:45 p.m. today", summerDay)).toBeUndefined();
    expect(zoneIn("at 4:45 p.m. London time", summerDay)).toBeUndefined();
  });

  it("says when the named season is not the zone's on that day", () => {
    expect(
      zoneIn("at 10:30 am Eastern Daylight Time", winterDay)?.contradiction,
    ).toBe(
      "the release says EDT, but America/New_York keeps EST on 2005-01-27",
    );
    expect(zoneIn("at 10:30 am EST", summerDay)?.contradiction).toBe(
      "the release says EST, but America/New_York keeps EDT on 2005-04-28",
    );
  });
});
