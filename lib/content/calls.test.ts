import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileOf, fixtures } from "@/lib/testing/content-problems";
import { loadReleases, readReleaseSource } from "./load";

describe("calls in front matter", () => {
  it("keep a time printed without a zone as printed, bounded by that time in every zone", () => {
    const [release] = loadReleases(path.join(fixtures, "call-local-time"));
    const [call] = release?.calls ?? [];
    expect(call).toMatchObject({
      kind: "presentation",
      place: "Phoenix, Arizona",
      speakers: ["Pat Doe, Chief Financial Officer"],
      timing: { kind: "local", time: "11:00" },
      // 11:00 at UTC+14 to 12:00 (an hour assumed) at UTC-12.
      window: {
        startsAt: Date.parse("2005-05-09T21:00:00Z"),
        endsAt: Date.parse("2005-05-11T00:00:00Z"),
      },
      dialIn: [],
    });
    // Issued on the company's site: the dateline as printed, with no wire.
    expect(release?.wire).toBeUndefined();
    expect(release?.html).toContain(
      '<span class="dateline">BOSTON, Mass., May 3, 2005--</span>',
    );
  });

  it("derive a slug, instants, a one-hour estimate and labelled numbers", () => {
    const [release] = loadReleases(path.join(fixtures, "call-valid"));
    expect(release?.calls).toEqual([
      {
        slug: "2005-03-03-call-valid-call",
        releaseSlug: "2005-03-03-call-valid",
        kind: "conference-call",
        title: "Results call",
        purpose: undefined,
        place: undefined,
        speakers: [],
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
            display: "(888) 882-0115",
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
                display: "(800) 633-8284",
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
