import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { callsToIcs, siteCalendarCalls } from "./calendar-ics";
import path from "node:path";
import { loadReleases } from "@/lib/content/authoring";
import { calendarProblems } from "@/lib/testing/calendar-check";
import { fixtures } from "@/lib/testing/content-problems";

const calls = loadReleases("content").flatMap((release) => release.calls);
const callOn = (date: string) => {
  const call = calls.find((candidate) => candidate.date === date);
  if (!call) throw new Error(`no call on ${date}`);
  return call;
};

function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar
    .getAllSubcomponents("vevent")
    .map((vevent) => new ICAL.Event(vevent));
}

const SLUG_2004 = "2004-03-29-update-on-status-of-financial-results-call";
const SLUG_2005 = "2005-03-03-preliminary-fourth-quarter-2004-results-call";

describe("callsToIcs", () => {
  it.each([
    {
      date: "2004-03-29",
      start: "2004-03-29T13:30:00.000Z",
      uid: `${SLUG_2004}@ir.example.com`,
      summary:
        "Conference call and webcast on the status of the financial results",
      lines: [
        "Dial-in: Toll-free (888) 326-7098, Toll (706) 758-2365",
        "Telephone replay: Toll-free (800) 633-8284, Toll (402) 977-9140; access code 21190372; through April 12, 2004",
        "Webcast replay: the Investor Relations site at http://www.sonusnet.com; through March 29, 2005",
        `Details: https://ir.example.com/calls/${SLUG_2004}`,
      ],
    },
    {
      date: "2005-03-03",
      start: "2005-03-03T21:45:00.000Z",
      uid: `${SLUG_2005}@ir.example.com`,
      summary:
        "Conference call and webcast on the preliminary fourth quarter 2004 results",
      lines: [
        "Dial-in: Toll-free (888) 882-0115, Toll (415) 537-1985",
        "Webcast: www.sonusnet.com, Corporate, Investor Relations (http://www.sonusnet.com)",
        "Telephone replay: Toll-free (800) 633-8284, Toll (402) 977-9140; reservation number 21228369; through March 17, 2005",
        `Details: https://ir.example.com/calls/${SLUG_2005}`,
      ],
    },
  ])(
    "the $date call starts at $start and carries its numbers, code and page",
    ({ date, start, uid, summary, lines }) => {
      const [event, ...others] = eventsOf(callsToIcs([callOn(date)]));
      expect(others).toEqual([]);
      expect(event?.startDate.isDate).toBe(false);
      expect(event?.startDate.zone?.tzid).toBe("UTC");
      expect(event?.startDate.toJSDate().toISOString()).toBe(start);
      expect(event?.duration.toSeconds()).toBe(3600);
      expect(event?.uid).toBe(uid);
      expect(event?.summary).toBe(summary);
      expect(event?.description.split("\n")).toEqual(
        expect.arrayContaining(lines),
      );
    },
  );

  it("is RFC 5545 text: CRLF lines of at most 75 octets, a DTSTAMP each, escaped commas", () => {
    const ics = callsToIcs(calls);
    expect(ics.endsWith("\r\n")).toBe(true);
    const lines = ics.split("\r\n").slice(0, -1);
    expect(lines.every((line) => !line.includes("\n"))).toBe(true);
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.filter((line) => line.startsWith("DTSTAMP:")).length).toBe(2);
    expect(ics).toContain("Toll-free (888) 326-7098\\, Toll");
    expect(eventsOf(ics).map((event) => event.uid)).toEqual([
      `${SLUG_2005}@ir.example.com`,
      `${SLUG_2004}@ir.example.com`,
    ]);
  });

  it("gives the same UID to a call in every build", () => {
    const first = eventsOf(callsToIcs(calls)).map((event) => event.uid);
    const second = eventsOf(callsToIcs([...calls].reverse())).map(
      (event) => event.uid,
    );
    expect(second).toEqual([...first].reverse());
  });

  it("makes an all-day event of a call whose time is not given, ending the next day", () => {
    const call = {
      ...callOn("2004-03-29"),
      timing: { kind: "day" as const, zone: undefined },
    };
    const ics = callsToIcs([call]);
    const [event] = eventsOf(ics);
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe("2004-03-29");
    expect(event?.endDate.isDate).toBe(true);
    expect(event?.endDate.toString()).toBe("2004-03-30");
    expect(calendarProblems(ics)).toEqual([]);
  });

  it("writes a time printed without a zone as a floating time, the same wall clock everywhere", () => {
    const [release] = loadReleases(path.join(fixtures, "call-local-time"));
    const ics = callsToIcs(release?.calls ?? []);
    expect(ics).toContain("DTSTART:20050510T110000\r\n");
    const [event] = eventsOf(ics);
    expect(event?.startDate.isDate).toBe(false);
    expect(event?.startDate.zone?.tzid).toBe("floating");
    expect(event?.summary).toBe("Presentation at the Harbor Growth Conference");
    expect(event?.description.split("\n")).toEqual(
      expect.arrayContaining([
        "Presentation",
        "Place: Phoenix, Arizona",
        "Speakers: Pat Doe, Chief Financial Officer",
      ]),
    );
    expect(calendarProblems(ics)).toEqual([]);
  });

  it("writes a calendar ical.js reads back unchanged, and finds one it does not", () => {
    expect(calendarProblems(callsToIcs(calls))).toEqual([]);
    const invalid = callsToIcs([callOn("2004-03-29")]).replace(
      "DURATION:PT60M",
      "DURATION:P1DT",
    );
    expect(calendarProblems(invalid)).toEqual([
      expect.stringContaining("DURATION:P1DT reads as P1D"),
    ]);
  });
});

describe("siteCalendarCalls", () => {
  const DAY_MS = 86_400_000;
  const model = callOn("2005-03-03");
  /** Twenty quarterly calls, latest first, the last a quarter after `model`; none with a replay. */
  const quarterly = Array.from({ length: 20 }, (_, index) => {
    const shift = (1 - index) * 91 * DAY_MS;
    return {
      ...model,
      slug: `call-${index}`,
      window: {
        startsAt: model.window.startsAt + shift,
        endsAt: model.window.endsAt + shift,
      },
      replays: [],
    };
  });
  const slugs = (list: readonly { slug: string }[]) =>
    list.map(({ slug }) => slug);

  it("carries the call ahead and the eight latest that are over, latest first", () => {
    const now = model.window.endsAt + DAY_MS;
    expect(slugs(siteCalendarCalls(quarterly, now))).toEqual(
      slugs(quarterly.slice(0, 9)),
    );
  });

  it("carries every call when none is over", () => {
    const now = model.window.startsAt - 1000 * DAY_MS;
    expect(siteCalendarCalls(quarterly, now)).toHaveLength(quarterly.length);
  });
});
