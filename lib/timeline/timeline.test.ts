import { describe, expect, it } from "vitest";
import type { EventKind, KeyFigure, TimelineEvent } from "@/lib/content";
import { parsePeriod } from "@/lib/time/period";
import { buildTimeline, type TimelineEntry } from "./timeline";
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
    form: undefined,
    quote: `${label}.`,
    paragraphId: "p-1",
    expected: false,
    releaseSlug: "2004-03-29-example",
    callSlug: undefined,
    callKind: undefined,
    endsAt: undefined,
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
  const labelsOf = (entries: readonly TimelineEntry[]) =>
    entries.map((entry) =>
      entry.type === "event" ? entry.event.label : entry.figure.label,
    );

  it("lists each year's lines at the day their period ends: events first, then figures", () => {
    expect(timeline.map(({ year, items }) => [year, labelsOf(items)])).toEqual([
      [2003, ["10-Q"]],
      [
        2004,
        [
          "Release",
          "Call",
          "Some time in March",
          "Replay ends",
          "Year ends",
          "During the year",
          "Revenues",
        ],
      ],
      [2005, ["10-K expected"]],
    ]);
  });

  it("lists every event and figure once", () => {
    const listed = timeline.flatMap(({ items }) => items);
    expect(listed).toHaveLength(events.length + 1);
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

  it("leaves out of every kind together a release that states no other date, but not of its own kind", () => {
    const news = {
      ...event("2004-05-10", "release", "Product news"),
      releaseSlug: "2004-05-10-product-news",
    };
    const all = [...events, news];
    expect(
      filterByKind(all, [figure], undefined).events.map(({ label }) => label),
    ).toEqual(events.map(({ label }) => label));
    expect(
      filterByKind(all, [figure], "release").events.map(({ label }) => label),
    ).toEqual(["Release", "Product news"]);
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
