import { describe, expect, it } from "vitest";
import { openAndRecentCalls } from "./recent-calls";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const now = Date.UTC(2005, 2, 10, 12);

/** A call that starts `startsIn` from now, lasts an hour, with a replay for `replayDays` after. */
function call(name: string, startsIn: number, replayDays?: number) {
  const startsAt = now + startsIn;
  const endsAt = startsAt + HOUR_MS;
  return {
    name,
    window: { startsAt, endsAt },
    replays:
      replayDays === undefined
        ? []
        : [{ through: undefined, endsAt: endsAt + replayDays * DAY_MS }],
  };
}

describe("openAndRecentCalls", () => {
  const calls = [
    call("ahead", 2 * DAY_MS),
    call("live", -30 * 60_000),
    call("on replay", -3 * DAY_MS, 7),
    call("over last week", -7 * DAY_MS, 2),
    call("over last month", -30 * DAY_MS),
    call("over last year", -365 * DAY_MS),
  ];
  const names = (list: readonly { name: string }[]) =>
    list.map(({ name }) => name);

  it("keeps every call not over, in the order given", () => {
    expect(names(openAndRecentCalls(calls, now, 2).open)).toEqual([
      "ahead",
      "live",
      "on replay",
    ]);
  });

  it("keeps only the latest calls that are over, as many as asked", () => {
    expect(names(openAndRecentCalls(calls, now, 2).recent)).toEqual([
      "over last week",
      "over last month",
    ]);
  });

  it("keeps a call open until its replay closes, then counts it as over", () => {
    const replayRunning = openAndRecentCalls(calls, now + 3 * DAY_MS, 3);
    expect(names(replayRunning.open)).toEqual(["on replay"]);
    const replayClosed = openAndRecentCalls(calls, now + 5 * DAY_MS, 3);
    expect(names(replayClosed.open)).toEqual([]);
    expect(names(replayClosed.recent)).toEqual(["ahead", "live", "on replay"]);
  });
});
