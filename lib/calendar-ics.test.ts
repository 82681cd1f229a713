import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { callsToIcs } from "./calendar-ics";
import { loadReleases } from "./content/load";

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

describe("callsToIcs", () => {
  it.each([
    ["2004-03-29", "2004-03-29T13:30:00.000Z", "21190372"],
    ["2005-03-03", "2005-03-03T21:45:00.000Z", "21228369"],
  ])(
    "the %s call starts at %s UTC and carries its numbers, code and page",
    (date, start, code) => {
      const call = callOn(date);
      const [event, ...others] = eventsOf(callsToIcs([call]));
      expect(others).toEqual([]);
      expect(event?.startDate.isDate).toBe(false);
      expect(event?.startDate.zone?.tzid).toBe("UTC");
      expect(event?.startDate.toJSDate().toISOString()).toBe(start);
      expect(event?.duration.toSeconds()).toBe(3600);
      expect(event?.uid).toBe(`${call.slug}@localhost`);
      expect(event?.summary).toBe(call.title);
      const description = event?.description ?? "";
      expect(description).toContain(code);
      for (const number of [
        ...call.dialIn,
        ...(call.telephoneReplay?.numbers ?? []),
      ]) {
        expect(description).toContain(number.display);
      }
      expect(description).toContain(`http://localhost:3000/calls/${call.slug}`);
    },
  );

  it("is RFC 5545 text: CRLF lines of at most 75 octets, a DTSTAMP, escaped commas", () => {
    const ics = callsToIcs(calls);
    expect(ics.endsWith("\r\n")).toBe(true);
    const lines = ics.split("\r\n").slice(0, -1);
    expect(lines.every((line) => !line.includes("\n"))).toBe(true);
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.filter((line) => line.startsWith("DTSTAMP:")).length).toBe(2);
    expect(ics).toContain("Toll-free +1 888 326 7098\\, International");
    expect(eventsOf(ics).map((event) => event.uid)).toEqual(
      calls.map((call) => `${call.slug}@localhost`),
    );
  });

  it("gives the same UID to a call in every build", () => {
    const first = eventsOf(callsToIcs(calls)).map((event) => event.uid);
    const second = eventsOf(callsToIcs([...calls].reverse())).map(
      (event) => event.uid,
    );
    expect(second).toEqual([...first].reverse());
  });

  it("makes an all-day event of a call whose time or zone is not given", () => {
    const call = {
      ...callOn("2004-03-29"),
      time: undefined,
      zone: undefined,
      startsAt: undefined,
      endsAt: undefined,
    };
    const [event] = eventsOf(callsToIcs([call]));
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe("2004-03-29");
  });
});
