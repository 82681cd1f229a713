import { describe, expect, it } from "vitest";
import {
  callPhaseBounds,
  callPhases,
  callWindow,
  describeDuration,
  phaseAt,
  replayClosesAt,
  replayPhases,
} from "./call-phase";

const startsAt = Date.parse("2004-03-29T13:30:00Z");
const endsAt = Date.parse("2004-03-29T14:30:00Z");
const replayEndsAt = Date.parse("2004-04-13T04:00:00Z");
const call = {
  window: { startsAt, endsAt },
  replays: [{ through: "2004-04-12", endsAt: replayEndsAt }],
};

describe("phaseAt over a call's bounds", () => {
  it.each([
    ["2004-03-29T13:29:59Z", "upcoming"],
    ["2004-03-29T13:30:00Z", "live"],
    ["2004-03-29T14:29:59Z", "live"],
    ["2004-03-29T14:30:00Z", "replay"],
    ["2004-04-13T03:59:59Z", "replay"],
    ["2004-04-13T04:00:00Z", "ended"],
    ["2026-11-22T00:00:00Z", "ended"],
  ])("at %s the call page is in its %s phase", (now, phase) => {
    expect(phaseAt(Date.parse(now), callPhaseBounds(call), callPhases)).toBe(
      phase,
    );
  });

  it("skips the replay phase when no replay outlasts the call", () => {
    const bounds = callPhaseBounds({ ...call, replays: [] });
    expect(phaseAt(endsAt, bounds, callPhases)).toBe("ended");
  });

  it("reads a replay's own window as pending, available, ended", () => {
    const bounds = [endsAt, replayEndsAt];
    expect(phaseAt(endsAt - 1, bounds, replayPhases)).toBe("pending");
    expect(phaseAt(endsAt, bounds, replayPhases)).toBe("available");
    expect(phaseAt(replayEndsAt, bounds, replayPhases)).toBe("ended");
  });

  it("still works when its text is evaluated on its own, as the inline script does", () => {
    const standalone = new Function(
      `return (${phaseAt.toString()})`,
    )() as typeof phaseAt;
    expect(standalone(endsAt, callPhaseBounds(call), callPhases)).toBe(
      "replay",
    );
  });
});

describe("replayClosesAt", () => {
  it("is the end of its last day in the call's zone when that is known", () => {
    expect(replayClosesAt(call.replays[0]!, endsAt)).toBe(replayEndsAt);
  });

  it("is when that day has ended everywhere when the zone is not known", () => {
    expect(
      replayClosesAt({ through: "2004-04-12", endsAt: undefined }, endsAt),
    ).toBe(Date.parse("2004-04-13T12:00:00Z"));
  });

  it("is as soon as it opens when the release gives no last day", () => {
    expect(
      replayClosesAt({ through: undefined, endsAt: undefined }, endsAt),
    ).toBe(endsAt);
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

  it("runs from a time without a zone at UTC+14 to its end at UTC-12", () => {
    const window = callWindow({
      date: "2005-05-10",
      startsAt: undefined,
      endsAt: undefined,
      localTime: { time: "11:00", durationMinutes: 45 },
    });
    // 11:00 at UTC+14 is 21:00 UTC the day before; 11:45 at UTC-12 is 23:45 UTC.
    expect(window).toEqual({
      startsAt: Date.parse("2005-05-09T21:00:00Z"),
      endsAt: Date.parse("2005-05-10T23:45:00Z"),
    });
    // Bounded by the time, not the day: 26 hours and 45 minutes, not 50.
    expect((window.endsAt - window.startsAt) / 3_600_000).toBe(26.75);
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
    expect(
      describeDuration({ durationMinutes: 180, durationIsEstimate: false }),
    ).toBe("Scheduled for 3 hours");
  });
});
