import { describe, expect, it } from "vitest";
import { callStatus, replayStatus } from "./call-status";

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
