import { describe, expect, it } from "vitest";
import { readFixture } from "@/lib/testing/import-fixtures";
import { imported } from "@/lib/testing/import-forms";
import { importRelease } from "./import-release";

describe("phone numbers as releases print them", () => {
  it.each([
    ["phone-parenthesised.txt", "(888) 882-0115", "+18888820115"],
    ["phone-plus-one.txt", "+1-888-326-7098", "+18883267098"],
    ["phone-dotted.txt", "888.882.0115", "+18888820115"],
    ["phone-dashed.txt", "888-882-0115", "+18888820115"],
  ])(
    "%s: the first dial-in is %s, kept as printed",
    (fixture, printed, e164) => {
      const { call, release } = imported(fixture);
      expect(call?.dialIn?.map(({ number }) => number)).toEqual([
        printed,
        "(415) 537-1985",
      ]);
      expect(release.calls[0]?.dialIn[0]).toMatchObject({
        text: printed,
        e164,
      });
    },
  );

  it("reads a contact's number written 978-589-8672", () => {
    const { frontMatter, release } = imported("phone-dashed.txt");
    expect(frontMatter.contacts[0]?.phone).toBe("978-589-8672");
    expect(release.contacts[0]?.phone).toMatchObject({
      text: "978-589-8672",
      e164: "+19785898672",
    });
  });
});

describe("call times as releases write them", () => {
  it.each([
    [
      "time-pm-eastern-time.txt",
      "2005-04-28",
      "16:45",
      "2005-04-28T20:45:00.000Z",
    ],
    ["time-am-eastern.txt", "2005-04-28", "08:30", "2005-04-28T12:30:00.000Z"],
    ["time-am-edt.txt", "2005-04-28", "10:30", "2005-04-28T14:30:00.000Z"],
    [
      "time-pm-eastern-today.txt",
      "2005-04-28",
      "16:45",
      "2005-04-28T20:45:00.000Z",
    ],
  ])(
    "%s: the call starts %s at %s New York time",
    (fixture, date, time, instant) => {
      const { call, release } = imported(fixture);
      expect(call).toMatchObject({ date, time, zone: "America/New_York" });
      expect(release.calls[0]?.timing).toMatchObject({
        kind: "exact",
        startsAt: Date.parse(instant),
      });
    },
  );

  it("reads 'at noon Eastern time'", () => {
    const { call, notes } = imported("time-noon-eastern.txt");
    expect(call).toMatchObject({
      date: "2005-04-28",
      time: "12:00",
      zone: "America/New_York",
    });
    expect(notes).toEqual([]);
  });

  it("takes '4:30 p.m. ET (1:30 p.m. PT)' for one start, not two calls", () => {
    const { call, notes } = imported("time-with-second-zone.txt");
    expect(call).toMatchObject({
      date: "2005-04-28",
      time: "16:30",
      zone: "America/New_York",
    });
    expect(notes).toEqual([]);
  });

  it("leaves out a zone the release contradicts (EDT in January) and says why", () => {
    const { call, notes } = imported("time-edt-in-winter.txt");
    expect(call).toMatchObject({ date: "2005-01-27", time: "10:30" });
    expect(call?.zone).toBeUndefined();
    expect(notes).toContainEqual({
      field: "calls[0].zone",
      message:
        "the release says EDT, but America/New_York keeps EST on 2005-01-27; left out",
    });
  });
});

describe("which time is the call's", () => {
  const base = readFixture("phone-parenthesised.txt");
  const importText = (text: string) => {
    const result = importRelease(text);
    if (result.kind !== "imported") throw new Error("not imported");
    return result;
  };

  it("does not take a replay's start time for the call's", () => {
    const text = base.replace(
      "following the conference and",
      "from 7:45 p.m. Eastern time and",
    );
    expect(text).not.toBe(base);
    const { frontMatter, notes } = importText(text);
    expect(frontMatter.calls?.[0]?.time).toBe("16:45");
    expect(notes).toEqual([]);
  });

  it("imports the first of two calls and says the second needs a person", () => {
    const text = base.replace(
      "To listen via telephone,",
      "A second call follows on April 29, 2005 at 11:00 a.m. Eastern time. To listen via telephone,",
    );
    expect(text).not.toBe(base);
    const { frontMatter, notes } = importText(text);
    expect(frontMatter.calls?.map(({ time }) => time)).toEqual(["16:45"]);
    expect(notes.map(({ field }) => field)).toContain("calls");
  });
});

describe("the call section", () => {
  it("parts a sentence at its semicolon: the live number is the dial-in, the other the replay's", () => {
    const { call } = imported("call-and-replay-in-one-sentence.txt");
    expect(call?.dialIn).toEqual([{ number: "(888) 882-0115" }]);
    expect(call?.replay?.telephone).toEqual({
      numbers: [{ number: "(800) 633-8284" }],
      through: "2005-05-12",
    });
  });

  it("keeps a code printed in groups whole: 2119 0372", () => {
    const { call, release } = imported("replay-code-with-space.txt");
    expect(call?.replay?.telephone).toMatchObject({
      code: "2119 0372",
      codeName: "access code",
    });
    expect(release.calls[0]?.replays[0]).toMatchObject({
      channel: "telephone",
      code: "2119 0372",
    });
  });

  it("reads a replay end without its year from the release date, and asks a person to check", () => {
    const { call, notes } = imported("replay-through-without-year.txt");
    expect(call?.replay?.telephone?.through).toBe("2005-05-12");
    expect(notes).toContainEqual({
      field: "calls[0].replay",
      message:
        '"The telephone playback will be available through May 12." gives no year; read as 2005-05-12, the first such day after the release; check it',
    });
  });

  it("finds a webcast 'available at' an address, not only one to 'visit'", () => {
    const { call } = imported("webcast-available-at.txt");
    expect(call?.webcast).toEqual({
      access: "www.sonusnet.com",
      url: "http://www.sonusnet.com",
    });
  });

  it("a replay of the call and webcast ends both on the day given", () => {
    const { call, notes } = imported("replay-of-call-and-webcast.txt");
    expect(call?.replay).toEqual({
      telephone: {
        numbers: [{ number: "(800) 633-8284" }],
        through: "2005-05-12",
      },
      webcast: {
        access: "www.sonusnet.com",
        url: "http://www.sonusnet.com",
        through: "2005-05-12",
      },
    });
    expect(notes).toEqual([]);
  });

  it("ends at the forward-looking statements even without a heading, whose filing is an event", () => {
    const { call, frontMatter, body } = imported("safe-harbor-after-call.txt");
    expect(call?.dialIn).toEqual([{ number: "(888) 882-0115" }]);
    expect(frontMatter.events).toMatchObject([
      { date: "2004-11-09", kind: "filing", form: "10-Q" },
    ]);
    expect(body).toContain(
      ":::safe-harbor\nThis release may contain forward-looking statements.",
    );
  });
});
