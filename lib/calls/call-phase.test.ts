import { describe, expect, it } from "vitest";
import {
  callStatus,
  callWindow,
  describeDuration,
  replayStatus,
} from "./call-status";

const startsAt = Date.parse("2004-03-29T13:30:00Z");
const endsAt = Date.parse("2004-03-29T14:30:00Z");
const replayEndsAt = Date.parse("2004-04-13T04:00:00Z");

describe("callStatus", () => {
  it.each([
    ["2004-03-29T13:29:59Z", "upcoming"],
    ["2004-03-29T13:30:00Z", "live"],
    ["2004-03-29T14:29:59Z", "live"],
    ["2004-03-29T14:30:00Z", "ended"],
    ["2026-11-22T00:00:00Z", "ended"],
  ])("at %s the call is %s", (now, status) => {
    expect(callStatus(Date.parse(now), startsAt, endsAt)).toBe(status);
  });
});

describe("replayStatus", () => {
  it.each([
    ["2004-03-29T14:00:00Z", "pending"],
    ["2004-04-01T12:00:00Z", "available"],
    ["2004-04-13T03:59:59Z", "available"],
    ["2004-04-13T04:00:00Z", "ended"],
  ])("at %s the replay is %s", (now, status) => {
    expect(replayStatus(Date.parse(now), endsAt, replayEndsAt)).toBe(status);
  });
});

describe("callWindow", () => {
  it("is the call's own start and end when they are known", () => {
    expect(callWindow({ date: "2004-03-29", startsAt, endsAt })).toEqual({
      startsAt,
      endsAt,
    });
  });

  it("is the whole of the call's day anywhere on Earth when they are not", () => {
    expect(
      callWindow({
        date: "2004-03-29",
        startsAt: undefined,
        endsAt: undefined,
      }),
    ).toEqual({
      // The day begins first at UTC+14 and ends last at UTC-12.
      startsAt: Date.parse("2004-03-28T10:00:00Z"),
      endsAt: Date.parse("2004-03-30T12:00:00Z"),
    });
  });
});

describe("describeDuration", () => {
  it("says when an hour is only an estimate", () => {
    expect(
      describeDuration({ durationMinutes: 60, durationIsEstimate: true }),
    ).toBe("About an hour (an estimate: the release gives no end time)");
    expect(
      describeDuration({ durationMinutes: 90, durationIsEstimate: false }),
    ).toBe("Scheduled for 90 minutes");
  });
});
