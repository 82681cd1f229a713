import { describe, expect, it } from "vitest";
import { phaseAt } from "./call-phase";
import { featuredSchedule } from "./featured-call";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => Date.parse(iso);

/** A call of an hour from `start`, with a replay that closes `replayDays` later. */
function call(start: string, replayDays: number) {
  const startsAt = at(start);
  const endsAt = startsAt + HOUR;
  return {
    window: { startsAt, endsAt },
    replays: [{ through: "2099-01-01", endsAt: endsAt + replayDays * DAY }],
  };
}

const earlier = call("2005-05-10T15:00:00Z", 7);
const later = call("2005-05-12T15:00:00Z", 7);
const schedule = featuredSchedule([later, earlier]);

function featuredAt(iso: string) {
  const now = at(iso);
  const phaseOf = (call: typeof later) => {
    const found = schedule.calls.find((featured) => featured.call === call);
    if (!found) throw new Error("a call is missing from the schedule");
    return phaseAt(now, found.schedule.bounds, found.schedule.phases);
  };
  return {
    page: phaseAt(now, schedule.page.bounds, schedule.page.phases),
    later: phaseOf(later),
    earlier: phaseOf(earlier),
  };
}

describe("featuredSchedule", () => {
  it("features the next call to start while none is on", () => {
    expect(featuredAt("2005-05-01T00:00:00Z")).toEqual({
      page: "upcoming",
      later: "off",
      earlier: "upcoming",
    });
  });

  it("features a live call over a later one, which a list by date would put first", () => {
    expect(featuredAt("2005-05-10T15:30:00Z")).toEqual({
      page: "live",
      later: "off",
      earlier: "live",
    });
  });

  it("features the next call over an earlier one's running replay", () => {
    expect(featuredAt("2005-05-11T12:00:00Z")).toEqual({
      page: "upcoming",
      later: "upcoming",
      earlier: "off",
    });
  });

  it("features the latest replay once no call is ahead", () => {
    expect(featuredAt("2005-05-13T12:00:00Z")).toEqual({
      page: "replay",
      later: "replay",
      earlier: "off",
    });
  });

  it("features none once every replay is over", () => {
    expect(featuredAt("2005-06-01T00:00:00Z")).toEqual({
      page: "ended",
      later: "off",
      earlier: "off",
    });
  });

  it("keeps only the bounds where a phase changes", () => {
    for (const { bounds, phases } of [
      schedule.page,
      ...schedule.calls.map((featured) => featured.schedule),
    ]) {
      expect(phases).toHaveLength(bounds.length + 1);
      phases.slice(1).forEach((phase, index) => {
        expect(phase).not.toBe(phases[index]);
      });
    }
  });
});
