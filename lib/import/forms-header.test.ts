import { describe, expect, it } from "vitest";
import { calendarDateSchema } from "@/lib/time/calendar-date";
import { REVIEW_MARKER } from "@/lib/content/authoring";
import { readFixture } from "@/lib/testing/import-fixtures";
import { imported } from "@/lib/testing/import-forms";
import { importRelease } from "./import-release";

describe("dates as releases write them", () => {
  it("reads a zero-padded day: March 03, 2005", () => {
    const { frontMatter, call } = imported("date-zero-padded.txt");
    expect(frontMatter.date).toBe("2005-04-08");
    expect(call?.date).toBe("2005-04-08");
  });

  it("reads a date after its weekday: Thursday, March 17, 2005", () => {
    const { call } = imported("date-with-weekday.txt");
    expect(call?.date).toBe("2005-04-28");
    expect(call?.replay?.telephone?.through).toBe("2005-05-12");
  });

  it("reads a plain date: March 29, 2004", () => {
    const { frontMatter, call } = imported("date-plain.txt");
    expect(frontMatter.date).toBe("2004-03-29");
    expect(call).toMatchObject({ date: "2004-03-30", time: "08:30" });
    expect(call?.replay?.telephone?.through).toBe("2004-04-12");
  });
});

describe("the header", () => {
  it("reads the exhibit number from its line, and asks for its Form 8-K's accession number", () => {
    expect(imported("exhibit-line.txt").frontMatter.sec).toEqual({
      form: "8-K",
      exhibit: "99.2",
      accession: `${REVIEW_MARKER} the Form 8-K's accession number on EDGAR, written like 0001157523-05-002189`,
    });
  });

  it("leaves the SEC filing out when there is no exhibit line", () => {
    const { frontMatter } = imported("no-exhibit-line.txt");
    expect(frontMatter.sec).toBeUndefined();
    expect(frontMatter.headline).toBe(
      "Sonus Networks Schedules First Quarter 2005 Results Call",
    );
  });

  it("reads city, wire and date from a Business Wire dateline, and starts the body after it", () => {
    const { frontMatter, body } = imported("business-wire-dateline.txt");
    expect(frontMatter).toMatchObject({
      dateline: "WESTFORD, Mass.",
      wire: "Business Wire",
      date: "2005-05-02",
    });
    expect(
      body.startsWith(
        "Sonus Networks (Nasdaq: SONS) will host a conference call",
      ),
    ).toBe(true);
  });

  it("reads city, wire and date from a PR Newswire dateline, and a passcode ending in #", () => {
    const { frontMatter, body, call } = imported("pr-newswire-dateline.txt");
    expect(frontMatter).toMatchObject({
      dateline: "WESTFORD, Mass.",
      wire: "PR Newswire",
      date: "2005-05-02",
    });
    expect(
      body.startsWith(
        "Sonus Networks (Nasdaq: SONS) will host a conference call",
      ),
    ).toBe(true);
    expect(call).toMatchObject({
      date: "2005-05-05",
      time: "16:45",
      zone: "America/New_York",
      dialIn: [{ number: "1-888-882-0115" }],
      replay: {
        telephone: {
          numbers: [{ number: "1-800-633-8284" }],
          code: "286#",
          codeName: "passcode",
          through: "2005-05-12",
        },
      },
    });
  });

  it("reads a Business Wire dateline without a date, keeping the whole lead, and the date from its own line", () => {
    const { frontMatter, body } = imported("dateline-without-date.txt");
    expect(frontMatter).toMatchObject({
      dateline: "WESTFORD, Mass.",
      wire: "Business Wire",
      date: "2005-04-20",
    });
    expect(body.split("\n\n")[0]).toBe(
      "Sonus Networks (Nasdaq: SONS), the VoIP leader, will host a conference call--its first as a public company--to discuss its first quarter results.",
    );
  });

  it.each(["dateline-spaced-dashes.txt", "dateline-em-dashes.txt"])(
    "%s: reads the dateline whatever its dashes",
    (fixture) => {
      const { frontMatter, body } = imported(fixture);
      expect(frontMatter).toMatchObject({
        wire: "Business Wire",
        date: "2005-04-20",
      });
      expect(frontMatter.dateline).toMatch(/^WESTFORD, (MA|Mass\.)$/);
      expect(body).toBe(
        "Sonus Networks (Nasdaq: SONS) will host a conference call to discuss its first quarter results.\n",
      );
    },
  );

  it("leaves out a 'FOR IMMEDIATE RELEASE' notice and the ### end mark, and says so", () => {
    const { frontMatter, body, notes } = imported("dateline-spaced-dashes.txt");
    expect(frontMatter.headline).toBe(
      "Sonus Networks Schedules First Quarter 2005 Results Call",
    );
    expect(body).not.toContain("#");
    expect(notes.map(({ message }) => message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"###"'),
        expect.stringContaining('"FOR IMMEDIATE RELEASE"'),
      ]),
    );
  });

  it("without a dateline, takes the date from its own line and asks a person for city and wire", () => {
    const { frontMatter, notes } = imported("no-dateline.txt");
    expect(frontMatter.date).toBe("2005-04-20");
    expect(frontMatter.dateline.startsWith(REVIEW_MARKER)).toBe(true);
    expect(frontMatter.wire?.startsWith(REVIEW_MARKER)).toBe(true);
    expect(notes.map(({ field }) => field)).toEqual(
      expect.arrayContaining(["dateline", "wire"]),
    );
  });

  it("without any date, imports nothing and asks for --date", () => {
    const text = readFixture("no-date.txt");
    const result = importRelease(text);
    expect(result.kind).toBe("needs-date");
    expect(result.notes.map(({ message }) => message).join("\n")).toContain(
      "--date YYYY-MM-DD",
    );
    const given = importRelease(text, {
      date: calendarDateSchema.parse("2005-04-20"),
    });
    expect(given.kind === "imported" && given.frontMatter.date).toBe(
      "2005-04-20",
    );
  });
});

describe("more datelines and replay ends", () => {
  it("reads a dateline from a wire it does not know, and asks a person to name the wire", () => {
    const { frontMatter, notes } = imported("dateline-other-wire.txt");
    expect(frontMatter).toMatchObject({
      dateline: "CHELMSFORD, Mass.",
      date: "2005-04-20",
    });
    expect(frontMatter.wire?.startsWith(REVIEW_MARKER)).toBe(true);
    expect(notes).toContainEqual({
      field: "wire",
      message: '"PRIMEZONE" is not a wire service the importer knows',
    });
  });

  it("reads a replay end without its year as the first such day after the release, which the build accepts", () => {
    const { call, release } = imported("replay-through-next-year.txt");
    expect(call?.replay?.telephone?.through).toBe("2006-01-31");
    expect(release.calls[0]?.replays[0]).toMatchObject({
      channel: "telephone",
      through: "2006-01-31",
    });
  });
});
