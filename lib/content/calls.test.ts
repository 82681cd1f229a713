import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures, problemsLoading } from "@/lib/testing/content-problems";
import { loadReleases, readReleaseSource } from "./load";

const fileOf = (fixture: string) =>
  `${fixtures}/${fixture}/releases/2005-03-03-${fixture}.md`;

describe("calls in front matter", () => {
  it("derive a slug, instants, a one-hour estimate and labelled numbers", () => {
    const [release] = loadReleases(path.join(fixtures, "call-valid"));
    expect(release?.calls).toEqual([
      {
        slug: "2005-03-03-call-valid-call",
        releaseSlug: "2005-03-03-call-valid",
        title: "Results call",
        purpose: undefined,
        date: "2005-03-03",
        timing: {
          kind: "exact",
          time: "16:45",
          zone: "America/New_York",
          startsAt: Date.parse("2005-03-03T21:45:00Z"),
          endsAt: Date.parse("2005-03-03T22:45:00Z"),
        },
        window: {
          startsAt: Date.parse("2005-03-03T21:45:00Z"),
          endsAt: Date.parse("2005-03-03T22:45:00Z"),
        },
        durationMinutes: 60,
        durationIsEstimate: true,
        dialIn: [
          {
            text: "(888) 882-0115",
            e164: "+18888820115",
            international: "+1 888 882 0115",
            tollFree: true,
            label: "Toll-free",
          },
        ],
        webcast: undefined,
        replays: [
          {
            channel: "telephone",
            numbers: [
              {
                text: "(800) 633-8284",
                e164: "+18006338284",
                international: "+1 800 633 8284",
                tollFree: true,
                label: "Toll-free",
              },
            ],
            code: "21228369",
            codeName: "reservation number",
            through: "2005-03-17",
            endsAt: Date.parse("2005-03-18T05:00:00Z"),
          },
        ],
      },
    ]);
  });

  it("the site's calls start at 13:30 and 21:45 UTC", () => {
    const calls = loadReleases("content").flatMap((release) => release.calls);
    expect(
      calls.map((call) => [
        call.slug,
        call.timing.kind === "exact" &&
          new Date(call.timing.startsAt).toISOString(),
      ]),
    ).toEqual([
      [
        "2005-03-03-preliminary-fourth-quarter-2004-results-call",
        "2005-03-03T21:45:00.000Z",
      ],
      [
        "2004-03-29-update-on-status-of-financial-results-call",
        "2004-03-29T13:30:00.000Z",
      ],
    ]);
  });
});

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

describe("stated events and figures", () => {
  it("an event fails the build, naming file and event, when its quote is not in the body", () => {
    expect(problemsLoading("event-quote-missing")).toEqual([
      {
        file: fileOf("event-quote-missing"),
        field: "events[0] (Form 10-K expected)",
        message:
          'its quote is not in the body: "The company expects to timely file its Form 10-K by March 16, 2005."',
      },
    ]);
  });

  it("a figure fails the build, naming file and figure, when its quote is not in the body", () => {
    expect(problemsLoading("figure-quote-missing")).toEqual([
      {
        file: fileOf("figure-quote-missing"),
        field: "figures[0] (Revenues)",
        message:
          'its quote is not in the body: "Example Corp today reported fourth-quarter revenues of $46 million."',
      },
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

describe("a webcast is linked only by an http(s) URL", () => {
  const file = fileOf("call-webcast-valid");
  const valid = fs.readFileSync(file, "utf8");

  it("a live webcast and its replay load, the replay ending with its day in the call's zone", () => {
    const [release] = loadReleases(path.join(fixtures, "call-webcast-valid"));
    expect(release?.calls[0]?.webcast).toEqual({
      access: "www.example.com, Investor Relations",
      url: "http://www.example.com",
    });
    expect(release?.calls[0]?.replays).toEqual([
      {
        channel: "webcast",
        access: "www.example.com, Investor Relations",
        url: "https://www.example.com/replay",
        through: "2006-03-03",
        endsAt: Date.parse("2006-03-04T05:00:00Z"),
      },
    ]);
  });

  it.each([
    "JavaScript:alert(1)",
    "data:text/html,hello",
    "ftp://ftp.example.com/webcast",
    "www.example.com",
  ])("refuses %s", (url) => {
    const source = valid.replace(
      "url: http://www.example.com",
      `url: "${url}"`,
    );
    expect(source).not.toBe(valid);
    expect(readReleaseSource(file, source)).toEqual({
      ok: false,
      problems: [
        {
          file,
          field: "calls[0].webcast.url",
          message: "expected an http(s) URL",
        },
      ],
    });
  });
});

describe("a replay code must stand in the body as a whole word", () => {
  const file = fileOf("call-valid");
  const valid = fs.readFileSync(file, "utf8");
  const withCode = (frontMatterCode: string, bodyCode: string) => {
    const source = valid
      .replace('code: "21228369"', `code: "${frontMatterCode}"`)
      .replace("replay is 21228369.", `replay is ${bodyCode}.`);
    expect(source).not.toBe(valid);
    return readReleaseSource(file, source);
  };

  it("accepts a passcode ending in # as printed", () => {
    expect(withCode("286#", "286#").ok).toBe(true);
  });

  it("refuses a code that is only part of the body's", () => {
    expect(withCode("2122", "21228369")).toEqual({
      ok: false,
      problems: [
        {
          file,
          field: "calls[0].replay.telephone.code",
          message: '"2122" does not appear in the release body',
        },
      ],
    });
  });
});

describe("the sentence announcing a call", () => {
  it.each(["ET.", "(ET).", "Eastern."])(
    "keeps a zone written %s after p.m., where a sentence may end",
    (zone) => {
      const file = fileOf("call-valid");
      const valid = fs.readFileSync(file, "utf8");
      const source = valid.replace(
        "4:45 p.m. Eastern time.",
        `4:45 p.m. ${zone}`,
      );
      expect(source).not.toBe(valid);
      const release = readReleaseSource(file, source);
      if (!release.ok) throw new Error(JSON.stringify(release.problems));
      expect(
        release.value.events.find(({ kind }) => kind === "call")?.quote,
      ).toBe(
        `Example Corp will host a conference call today, March 03, 2005, beginning at 4:45 p.m. ${zone}`,
      );
    },
  );
});

describe("call page names", () => {
  it("a release named '…-call' gives its call the same name, not '…-call-call'", () => {
    const source = fs.readFileSync(fileOf("call-valid"), "utf8");
    const release = readReleaseSource(
      "content/releases/2005-03-03-results-call.md",
      source,
    );
    if (!release.ok) throw new Error(JSON.stringify(release.problems));
    expect(release.value.calls.map(({ slug }) => slug)).toEqual([
      "2005-03-03-results-call",
    ]);
  });
});
