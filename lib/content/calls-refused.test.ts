import { describe, expect, it } from "vitest";
import {
  fileOf,
  fixtures,
  problemsLoading,
} from "@/lib/testing/content-problems";

describe("the build refuses call data that contradicts its release", () => {
  it.each([
    [
      "call-code-mismatch",
      "calls[0].replay.telephone.code",
      '"21228396" does not appear in the release body',
    ],
    [
      "call-number-not-in-body",
      "calls[0].replay.telephone.numbers[1].number",
      "(402) 977-9140 does not appear in the release body",
    ],
    [
      "call-number-not-in-data",
      "calls",
      "the body gives the number (415) 537-1985, which is in no call's dial-in or replay numbers",
    ],
    [
      "call-weekday-mismatch",
      "body (line 35)",
      '"Wednesday, March 17, 2005": March 17, 2005 was a Thursday, not a Wednesday',
    ],
    [
      "call-bad-zone",
      "calls[0].zone",
      'expected an IANA time zone such as America/New_York, got "Eastern"',
    ],
    [
      "call-skipped-time",
      "calls[0].time",
      "02:30 on 2004-04-04 does not exist, or happens twice, in America/New_York (a daylight-saving change)",
    ],
    [
      "call-date-not-in-body",
      "calls[0].date",
      "no sentence of the body names 2005-03-04, the call's date",
    ],
    [
      "call-telephone-replay-end-not-in-body",
      "calls[0].replay.telephone.through",
      "no sentence of the body names 2005-03-18, the telephone replay's last day",
    ],
    [
      "call-webcast-replay-end-not-in-body",
      "calls[0].replay.webcast.through",
      "no sentence of the body names 2006-03-10, the webcast replay's last day",
    ],
    [
      "call-replay-before-call",
      "calls[0].replay.telephone.through",
      "the replay would end on 2005-03-02, before the call on 2005-03-03 is over",
    ],
    [
      "call-webcast-javascript-url",
      "calls[0].webcast.url",
      "expected an http(s) URL",
    ],
    [
      "call-replay-webcast-javascript-url",
      "calls[0].replay.webcast.url",
      "expected an http(s) URL",
    ],
    [
      // YAML reads 02119037 as the number 2119037: the leading zero is gone.
      "call-code-unquoted",
      "calls[0].replay.telephone.code",
      'expected the code as text in quotes, e.g. "21190372", so that leading zeros survive',
    ],
  ])("%s", (fixture, field, message) => {
    expect(problemsLoading(fixture)).toEqual([
      { file: fileOf(fixture), field, message },
    ]);
  });
});

describe("the build refuses a call the data gets wrong or leaves out", () => {
  it("a time other than the body's", () => {
    expect(problemsLoading("call-time-mismatch")).toEqual([
      {
        file: fileOf("call-time-mismatch"),
        field: "calls[0].time",
        message:
          // Intl.Segmenter ends the sentence at "p.m.", as English sentence rules allow.
          '17:45 is not the time the body gives for the call: "Example Corp will host a conference call today, March 03, 2005, beginning at 4:45 p.m. Eastern time."',
      },
    ]);
  });

  it("a call the body announces but the front matter leaves out", () => {
    const problems = problemsLoading("call-missing");
    expect(problems.map(({ field, message }) => [field, message])).toEqual([
      [
        "calls",
        "the body gives the number (888) 882-0115, which is in no call's dial-in or replay numbers",
      ],
      [
        "calls",
        "the body gives the number (800) 633-8284, which is in no call's dial-in or replay numbers",
      ],
    ]);
  });

  it("two releases whose calls would share a page", () => {
    expect(problemsLoading("call-duplicate-slug")).toEqual([
      {
        file: `${fixtures}/call-duplicate-slug/releases/2005-03-03-results.md`,
        field: "calls[0]",
        message: `its page would be /calls/2005-03-03-results-call, as would a call of ${fixtures}/call-duplicate-slug/releases/2005-03-01-results.md; rename one of the releases`,
      },
    ]);
  });
});
