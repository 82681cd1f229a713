import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { calendarDateSchema } from "@/lib/time/calendar-date";
import { REVIEW_MARKER } from "@/lib/content/authoring";
import {
  checkImported,
  importText,
  notAReleaseFixtures,
  readFixture,
} from "@/lib/testing/import-fixtures";
import { imported } from "@/lib/testing/import-forms";
import { removeEdgarMarks } from "./edgar-artifacts";
import { importRelease } from "./import-release";
import { readTextKind } from "./text-kind";

const day = (date: string) => calendarDateSchema.parse(date);
const messagesOf = (notes: readonly { message: string }[]) =>
  notes.map(({ message }) => message);

describe("a PR Newswire dateline printed without its year", () => {
  const fixture = "dateline-pr-newswire-without-year.txt";
  const text = readFixture(fixture);

  it.each([
    ["Mar. 3", text],
    ["Mar 3", text.replace("Mar. 3", "Mar 3")],
  ])(
    '"%s": imports nothing, and asks for --date as the year is not printed',
    (printed, variant) => {
      const result = importRelease(variant);
      expect(result.kind).toBe("needs-date");
      expect(result.notes).toEqual([
        {
          field: "date",
          message: `the dateline prints "${printed}" without a year, which is not guessed; give the release date with --date YYYY-MM-DD`,
        },
      ]);
    },
  );

  it.each([
    [
      "dateline-business-wire.txt",
      "--March 3, 2005--",
      "--March 3--",
      "Business Wire",
    ],
    [
      "dateline-globenewswire.txt",
      "Oct. 4, 2006 (GLOBE",
      "Oct. 4 (GLOBE",
      "GlobeNewswire",
    ],
  ])(
    "%s without its year: asks for --date, and with it reads the dateline",
    (other, dated, undated, wire) => {
      const variant = readFixture(other).replace(dated, undated);
      expect(messagesOf(importRelease(variant).notes).join("\n")).toContain(
        "without a year, which is not guessed; give the release date with --date YYYY-MM-DD",
      );
      const { frontMatter, body } = importText(variant, other, {
        date: day("2006-10-04"),
      });
      expect(frontMatter.wire).toBe(wire);
      expect(body.startsWith("Example Corp. (Nasdaq: EXM)")).toBe(true);
    },
  );

  it("with --date, reads city and wire from the dateline and starts the lead after it", () => {
    const { frontMatter, body, notes } = importText(text, fixture, {
      date: day("2006-03-03"),
    });
    expect(frontMatter).toMatchObject({
      date: "2006-03-03",
      dateline: "WESTFORD, Mass.",
      wire: "PR Newswire",
      listing: { exchange: "Nasdaq", ticker: "ACME" },
    });
    expect(body.split("\n\n")[0]).toBe(
      "Acme Networks (Nasdaq: ACME), a supplier of packet voice switching systems, today announced that three regional carriers in the Midwest have ordered its Session Controller 400 for their residential voice services.",
    );
    expect(notes.filter(({ field }) => field === "date")).toEqual([]);
  });

  it("with a --date of another month and day than printed, uses it and says so", () => {
    const { frontMatter, notes } = importText(text, fixture, {
      date: day("2006-03-04"),
    });
    expect(frontMatter.date).toBe("2006-03-04");
    expect(notes).toContainEqual({
      field: "date",
      message:
        '--date 2006-03-04 used, though its month and day are not those of "Mar. 3", which the dateline prints without a year',
    });
  });

  it("passes the build's checks, placeholders apart", () => {
    const result = importText(text, fixture, { date: day("2006-03-03") });
    expect(checkImported(result).ok).toBe(true);
  });
});

describe("a subheadline (deck) under the headline", () => {
  it("splits a title-case deck from the all-caps headline above it, with no blank line between, and keeps the capitals", () => {
    const { frontMatter, body, notes, release } = imported(
      "headline-caps-with-deck.txt",
    );
    expect(frontMatter.headline).toBe(
      "ACME NETWORKS REPORTS RECORD THIRD QUARTER",
    );
    expect(frontMatter.subheadline).toBe(
      "Revenue Up 40% Year Over Year; Company Raises Outlook",
    );
    expect(release.subheadline).toBe(frontMatter.subheadline);
    expect(body.startsWith("Acme Networks (Nasdaq: ACME)")).toBe(true);
    expect(notes).toContainEqual({
      field: "subheadline",
      message:
        '"Revenue Up 40% Year Over Year; Company Raises Outlook" under the headline is written as its subheadline; check that it is one',
    });
  });

  it("joins a deck of several lines with spaces, under a headline of two all-caps lines", () => {
    const text = readFixture("headline-caps-with-deck.txt").replace(
      "ACME NETWORKS REPORTS RECORD THIRD QUARTER\nRevenue Up 40% Year Over Year; Company Raises Outlook",
      "ACME NETWORKS REPORTS RECORD\nTHIRD QUARTER\nRevenue Up 40% Year Over Year;\nCompany Raises Full-Year Outlook",
    );
    const { frontMatter } = importText(text, "two-line deck");
    expect(frontMatter.headline).toBe(
      "ACME NETWORKS REPORTS RECORD THIRD QUARTER",
    );
    expect(frontMatter.subheadline).toBe(
      "Revenue Up 40% Year Over Year; Company Raises Full-Year Outlook",
    );
  });

  it("takes a header line after a blank line under the headline for the subheadline, leaving nothing out", () => {
    const { frontMatter, notes } = imported(
      "headline-deck-after-blank-line.txt",
    );
    expect(frontMatter).toMatchObject({
      headline: "Acme Networks Opens Development Center in Bangalore",
      subheadline: "Center to Employ 150 Engineers by the End of 2007",
    });
    expect(messagesOf(notes).join("\n")).not.toContain("left out");
  });

  it("without a dateline, takes a title-case block under an all-caps headline for the deck, not for the lead", () => {
    const text = readFixture("headline-caps-with-deck.txt")
      .replace("QUARTER\nRevenue", "QUARTER\n\nRevenue")
      .replace(
        "    WESTFORD, Mass.--(BUSINESS WIRE)--Oct. 19, 2006--Acme Networks",
        "October 19, 2006\n\n    Acme Networks",
      );
    const { frontMatter, body } = importText(text, "no dateline");
    expect(frontMatter).toMatchObject({
      date: "2006-10-19",
      headline: "ACME NETWORKS REPORTS RECORD THIRD QUARTER",
      subheadline: "Revenue Up 40% Year Over Year; Company Raises Outlook",
    });
    expect(body.startsWith("Acme Networks (Nasdaq: ACME)")).toBe(true);
  });

  it("leaves a title-case headline whole, though it wraps", () => {
    const text = readFixture("headline-deck-after-blank-line.txt").replace(
      "Acme Networks Opens Development Center in Bangalore\n\n",
      "Acme Networks Opens Development\nCenter in Bangalore\n\n",
    );
    expect(importText(text, "wrapped").frontMatter.headline).toBe(
      "Acme Networks Opens Development Center in Bangalore",
    );
  });

  it("proposes the slug without the company, though the headline prints it in capitals", () => {
    expect(imported("headline-caps-with-deck.txt").fileSlug).toBe(
      "2006-10-19-record-third-quarter",
    );
  });
});

describe("an EDGAR copy of an exhibit", () => {
  const fixture = "edgar-exhibit-page-marks.txt";

  it("leaves out the filing wrapper, page breaks, page numbers and more marks, and passes the build's checks", () => {
    const { body, release } = imported(fixture);
    expect(body).not.toMatch(/<|- more -|^- 1 -$|^2$/m);
    expect(release.headline).toBe(
      "Acme Networks Names Priya Raman Chief Financial Officer",
    );
  });

  it("joins back the paragraph a page break split, and keeps the paragraphs apart at one between paragraphs", () => {
    const paragraphs = imported(fixture).body.split("\n\n");
    expect(paragraphs).toContain(
      "Ms. Raman was most recently vice president of finance at a maker of optical transport equipment, where she led the finance, treasury and investor relations teams. She began her career as an auditor and holds a degree in accounting.",
    );
    expect(paragraphs).toContain("## About Acme Networks");
  });

  it("takes the exhibit number from the <TYPE> line when no Exhibit line prints it", () => {
    const { frontMatter, notes } = imported(fixture);
    expect(frontMatter.sec).toMatchObject({
      form: "8-K",
      exhibit: "99.1",
      accession: expect.stringContaining(REVIEW_MARKER),
    });
    expect(notes).toContainEqual({
      field: "sec.exhibit",
      message:
        '99.1, read from EDGAR\'s "<TYPE>EX-99.1" line: the text prints no "Exhibit" line',
    });
  });

  it("says what it left out, one line for each kind of mark", () => {
    const bodyNotes = imported(fixture)
      .notes.filter(({ field }) => field === "body")
      .map(({ message }) => message);
    expect(bodyNotes).toEqual([
      'left out 8 lines of EDGAR\'s filing wrapper ("<DOCUMENT>", "<TYPE>EX-99.1", "<SEQUENCE>2" and 5 more): not part of the release',
      'left out 3 EDGAR page breaks ("<PAGE>", "<PAGE> 3"): not part of the release',
      'left out 1 "more" mark at the foot of a page ("- more -"): not part of the release',
      'left out 2 page numbers ("- 1 -", "2"): not part of the release',
      "joined back 1 paragraph that a page break had split; check each join",
    ]);
  });

  it.each([
    ["<PAGE>", "page-break"],
    ["<PAGE> 2", "page-break"],
    ["-- more --", "more"],
    ["- more -", "more"],
    ["(MORE)", "more"],
    ["2", "page-number"],
    ["- 2 -", "page-number"],
    ["Page 2 of 3", "page-number"],
    ["<DESCRIPTION>Press release", "wrapper"],
    ["</DOCUMENT>", "wrapper"],
  ])("takes out a line %j as a mark of kind %s", (line, kind) => {
    const text = `First paragraph, which ends.\n\n      ${line}\n\nSecond paragraph.`;
    expect(removeEdgarMarks(text)).toMatchObject({
      text: "First paragraph, which ends.\n\nSecond paragraph.",
      removed: [{ kind, line }],
      joinedParagraphs: 0,
    });
  });

  it("keeps a number that is part of a block, and a year alone on its line", () => {
    const text = [
      "                        Three months ended",
      "                              2005",
      "Revenue                    $45,123",
      "",
      "7",
      "is a number in a line of its own within prose",
    ].join("\n");
    expect(removeEdgarMarks(text)).toMatchObject({ text, removed: [] });
  });
});

describe("a text far longer than a release", () => {
  it("says which paragraph it repeats, shortened, and how often", () => {
    const { notes } = imported("paragraphs-repeated.txt");
    expect(notes).toContainEqual({
      field: "body",
      message:
        'the paragraph "Brightline Voice\'s forty employees, most of them engineers,…" appears 5 times, and 1 other paragraph more than 3 times; check that the text holds the release once',
    });
  });

  it("says the text is longer than 100,000 characters, in one line, and how long", () => {
    const fixture = readFixture("paragraphs-repeated.txt");
    const [lead, contact] = [
      fixture.indexOf("    Brightline"),
      fixture.indexOf("\n    CONTACT:"),
    ];
    const text = `${fixture.slice(0, lead)}${fixture.slice(lead, contact).repeat(100)}${fixture.slice(contact)}`;
    expect(text.length).toBeGreaterThan(100_000);
    const { notes } = importText(text, "pasted 100 times over");
    const sizeNotes = messagesOf(notes).filter(
      (message) =>
        message.startsWith("the text is") ||
        message.startsWith("the paragraph"),
    );
    expect(sizeNotes).toEqual([
      `the text is ${text.length.toLocaleString("en-US")} characters long, more than 100,000: far longer than a press release; check that it holds one release, once`,
      'the paragraph "Brightline Voice\'s forty employees, most of them engineers,…" appears 500 times, and 1 other paragraph more than 3 times; check that the text holds the release once',
    ]);
  });

  it("says nothing of size for a release of ordinary length", () => {
    const { notes } = imported("headline-caps-with-deck.txt");
    expect(messagesOf(notes).join("\n")).not.toMatch(
      /characters long|appears \d+ times/,
    );
  });
});

describe("texts that are not a press release", () => {
  it.each(notAReleaseFixtures)("%s: refused, as %s", (fixture, looksLike) => {
    const result = importRelease(readFixture(fixture), {
      date: day("2006-10-19"),
    });
    expect(result).toMatchObject({ kind: "not-a-release", looksLike });
  });

  it("imports one all the same when asked to", () => {
    const result = importRelease(
      readFixture("not-a-release-call-transcript.txt"),
      { date: day("2006-10-19"), asRelease: true },
    );
    expect(result.kind).toBe("imported");
  });

  const pressReleases = [
    path.join(import.meta.dirname, "__fixtures__"),
    "fixtures/wire",
    // The seeds sit beside the checkout, where there is one.
    path.join("..", "shared", "seeds"),
  ].flatMap((folder) =>
    fs.existsSync(folder)
      ? fs
          .readdirSync(folder)
          .filter(
            (name) =>
              name.endsWith(".txt") && !name.startsWith("not-a-release-"),
          )
          .map((name) => path.join(folder, name))
      : [],
  );

  it("finds press releases among the fixtures and seeds", () => {
    expect(pressReleases.length).toBeGreaterThan(60);
  });

  it.each(pressReleases)(
    "%s is a press release, with its dateline and without",
    (file) => {
      const text = fs.readFileSync(file, "utf8");
      expect(importRelease(text, { date: day("2005-01-01") }).kind).not.toBe(
        "not-a-release",
      );
      expect(readTextKind(text, false)).toEqual({ kind: "press-release" });
    },
  );
});
