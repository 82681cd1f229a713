import { describe, expect, it } from "vitest";
import { REVIEW_MARKER } from "@/lib/content/authoring";
import {
  fieldsOf,
  imported,
  passesBuildChecks,
} from "@/lib/testing/release-forms";

describe("calls as labelled lines", () => {
  it("call-lines-conference-call-information.txt: Date, Time, Dial-in, Passcode, Replay and Webcast lines", () => {
    const { call } = imported("call-lines-conference-call-information.txt");
    expect(call).toMatchObject({
      date: "2005-04-28",
      time: "16:45",
      zone: "America/New_York",
      dialIn: [{ number: "(888) 882-0115" }, { number: "(415) 537-1985" }],
      webcast: { url: "http://www.example.com/investors" },
      replay: {
        telephone: {
          numbers: [{ number: "(800) 633-8284" }],
          code: "21228369",
          through: "2005-05-12",
        },
      },
    });
  });

  it("call-lines-when-domestic.txt: When, Domestic, International, Conference ID and Replay lines", () => {
    const { call } = imported("call-lines-when-domestic.txt");
    expect(call).toMatchObject({
      date: "2006-07-27",
      time: "08:30",
      zone: "America/New_York",
      dialIn: [{ number: "1-877-407-9205" }, { number: "1-201-689-8054" }],
      webcast: { url: "http://www.example.net/investors" },
      replay: {
        telephone: {
          numbers: [{ number: "1-877-660-6853" }],
          code: "286315",
          through: "2006-08-03",
        },
      },
    });
  });

  passesBuildChecks([
    "call-lines-conference-call-information.txt",
    "call-lines-when-domestic.txt",
  ]);
});

describe("a call whose replay is a webcast only", () => {
  it("call-prose-webcast-replay.txt: the archived webcast runs through its day; no telephone replay", () => {
    const { call } = imported("call-prose-webcast-replay.txt");
    expect(call).toMatchObject({
      date: "2006-02-02",
      time: "14:00",
      zone: "America/Los_Angeles",
      dialIn: [{ number: "(719) 457-2080" }],
      webcast: { url: "http://www.example.com/investors" },
      replay: {
        webcast: {
          url: "http://www.example.com/investors",
          through: "2006-02-16",
        },
      },
    });
    expect(call?.replay?.telephone).toBeUndefined();
  });

  passesBuildChecks(["call-prose-webcast-replay.txt"]);
});

describe("a presentation at an investor conference, without a time zone", () => {
  it("presentation-without-zone.txt: day, time and webcast; the zone left to a person, with a note; no dial-in", () => {
    const { call, notes } = imported("presentation-without-zone.txt");
    expect(call).toMatchObject({
      date: "2005-01-12",
      time: "10:30",
      webcast: { url: "http://www.example.com" },
    });
    expect(call?.zone?.startsWith(REVIEW_MARKER)).toBe(true);
    expect(call?.dialIn ?? []).toEqual([]);
    expect(fieldsOf(notes)).toContain("calls[0].zone");
  });

  passesBuildChecks(["presentation-without-zone.txt"]);
});
