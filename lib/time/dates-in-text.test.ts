import { describe, expect, it } from "vitest";
import { calendarDateSchema } from "@/lib/time/calendar-date";
import {
  findDates,
  findTimes,
  findWeekdaysBesideDates,
  readDate,
} from "./dates-in-text";

const releaseDay = calendarDateSchema.parse("2005-04-20");
const days = (text: string, today?: typeof releaseDay) =>
  findDates(text, today).map(({ date }) => date);

describe("findDates", () => {
  it("reads days written out in full, with or without a weekday or a leading zero", () => {
    expect(
      days(
        "The playback runs through Thursday, March 17, 2005; the call is March 03, 2005, after the March 29, 2004 update.",
      ),
    ).toEqual(["2005-03-17", "2005-03-03", "2004-03-29"]);
  });

  it("without a reference day, takes no day from the clock: not 'today', not 'May 12'", () => {
    expect(
      days("Sonus today announced a call; the replay runs through May 12."),
    ).toEqual([]);
  });

  it("with the release day, reads 'today' as that day and 'May 12' as the nearest May 12", () => {
    expect(
      days(
        "Sonus today announced a call; the replay runs through May 12.",
        releaseDay,
      ),
    ).toEqual(["2005-04-20", "2005-05-12"]);
  });
});

describe("findDates forward", () => {
  it("reads a day without its year as the first one after the reference day", () => {
    const march = calendarDateSchema.parse("2005-03-03");
    expect(days("through January 31", march)).toEqual(["2005-01-31"]);
    expect(
      findDates("through January 31", march, { forward: true }).map(
        ({ date }) => date,
      ),
    ).toEqual(["2006-01-31"]);
  });
});

describe("findTimes", () => {
  it("gives the time and the day written with it", () => {
    expect(
      findTimes("on April 28, 2005 at 4:45 p.m. Eastern time"),
    ).toMatchObject([{ time: "16:45", date: "2005-04-28" }]);
  });

  it("gives 'today' a day only with the release day", () => {
    expect(findTimes("at 4:45 pm today")).toMatchObject([
      { time: "16:45", date: undefined },
    ]);
    expect(findTimes("at 4:45 pm today", releaseDay)).toMatchObject([
      { time: "16:45", date: "2005-04-20" },
    ]);
  });
});

describe("readDate", () => {
  it.each([
    ["March 29, 2004", "2004-03-29"],
    ["Monday, March 29, 2004", "2004-03-29"],
    ["  April 20, 2005  ", "2005-04-20"],
  ])("reads a line that is only a date: %j", (line, date) => {
    expect(readDate(line)).toBe(date);
  });

  it.each([
    "March 29",
    "today",
    "Sonus Networks Reports Results",
    "Results for March 29, 2004",
  ])("reads nothing from %j", (line) => {
    expect(readDate(line)).toBeUndefined();
  });
});

describe("findWeekdaysBesideDates", () => {
  it("gives the weekday written and the date's own", () => {
    expect(
      findWeekdaysBesideDates(
        "Until Thursday, March 17, 2005; then Monday, March 21, 2005 (it was a Monday).",
      ).map(({ date, stated, actual }) => ({ date, stated, actual })),
    ).toEqual([
      { date: "2005-03-17", stated: 4, actual: 4 },
      { date: "2005-03-21", stated: 1, actual: 1 },
    ]);
    expect(findWeekdaysBesideDates("Monday, March 17, 2005")).toMatchObject([
      { date: "2005-03-17", stated: 1, actual: 4 },
    ]);
  });

  it.each([
    "March 17, 2005",
    "Thursday, March 17",
    "Monday, February 30, 2005",
  ])("lists nothing for %j", (text) => {
    expect(findWeekdaysBesideDates(text)).toEqual([]);
  });
});

describe("what is no day", () => {
  it('reads no day in "with the SEC", reading forward from the release', () => {
    const sentence =
      "Results are not final until the filing of its annual report with the SEC.";
    expect(findDates(sentence, releaseDay, { forward: true })).toEqual([]);
    expect(findDates(sentence)).toEqual([]);
  });
});
