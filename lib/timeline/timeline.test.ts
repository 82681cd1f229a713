import { describe, expect, it } from "vitest";
import type { EventKind, KeyFigure, TimelineEvent } from "@/lib/content";
import { parsePeriod } from "@/lib/time/period";
import { buildTimeline } from "./timeline";
import { filterByKind, kindsPresent } from "./timeline-filter";

function period(value: string) {
  const parsed = parsePeriod(value);
  if (!parsed) throw new Error(`bad period in test: ${value}`);
  return parsed;
}

function event(date: string, kind: EventKind, label: string): TimelineEvent {
  return {
    id: `${date}-${kind}`,
    period: period(date),
    kind,
    label,
    quote: `${label}.`,
    paragraphId: "p-1",
    expected: false,
    releaseSlug: "2004-03-29-example",
    callSlug: undefined,
  };
}

const figure: KeyFigure = {
  label: "Revenues",
  value: "$43 million - $46 million",
  period: period("2004-Q4"),
  quote: "Revenues.",
  paragraphId: "p-2",
  releaseSlug: "2005-03-03-example",
};

const events = [
  event("2005-03-16", "filing", "10-K expected"),
  event("2004-03-29", "call", "Call"),
  event("2004-03", "listing", "Some time in March"),
  event("2004-03-29", "release", "Release"),
  event("2004", "other", "During the year"),
  event("2003-11-10", "filing", "10-Q"),
  event("2004-04-12", "replay", "Replay ends"),
  event("2004-12-31", "financial-period", "Year ends"),
];

describe("buildTimeline", () => {
  const timeline = buildTimeline(events, [figure]);

  it("groups by year, then month, quarter or year, in chronological order", () => {
    expect(
      timeline.map(({ year, groups }) => [
        year,
        groups.map((group) => group.label),
      ]),
    ).toEqual([
      [2003, ["November 2003"]],
      [2004, ["2004", "March 2004", "April 2004", "Q4 2004", "December 2004"]],
      [2005, ["March 2005"]],
    ]);
  });

  it("puts a month-only event before the days of its month, and a release before what it announces", () => {
    const march = timeline[1]?.groups.find((group) => group.key === "2004-03");
    expect(march?.events.map((item) => item.label)).toEqual([
      "Some time in March",
      "Release",
      "Call",
    ]);
  });

  it("sets key figures beside the period they describe", () => {
    const quarter = timeline[1]?.groups.find(
      (group) => group.key === "2004-Q4",
    );
    expect(quarter?.events).toEqual([]);
    expect(quarter?.figures).toEqual([figure]);
  });

  it("lists every event once", () => {
    const listed = timeline.flatMap(({ groups }) =>
      groups.flatMap((group) => group.events),
    );
    expect(listed).toHaveLength(events.length);
    expect(new Set(listed.map((item) => item.id)).size).toBe(events.length);
  });
});

describe("filterByKind", () => {
  it("keeps one kind, and figures only with fiscal periods", () => {
    expect(
      filterByKind(events, [figure], "filing").events.map((item) => item.label),
    ).toEqual(["10-K expected", "10-Q"]);
    expect(filterByKind(events, [figure], "filing").figures).toEqual([]);
    expect(filterByKind(events, [figure], "financial-period").figures).toEqual([
      figure,
    ]);
    expect(filterByKind(events, [figure], undefined).events).toHaveLength(
      events.length,
    );
  });

  it("offers the kinds present, in the timeline's order", () => {
    expect(kindsPresent(events)).toEqual([
      "release",
      "call",
      "replay",
      "filing",
      "financial-period",
      "listing",
      "other",
    ]);
    expect(kindsPresent([events[0]!])).toEqual(["filing"]);
  });
});
