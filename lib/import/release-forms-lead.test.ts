import { describe, expect, it } from "vitest";
import { calendarDateSchema } from "@/lib/time/calendar-date";
import { REVIEW_MARKER } from "@/lib/content/authoring";
import { importText, readFixture } from "@/lib/testing/import-fixtures";
import {
  buildProblems,
  fieldsOf,
  firstParagraph,
  imported,
  passesBuildChecks,
} from "@/lib/testing/release-forms";
import { importRelease } from "./import-release";

describe("datelines: the wire services' forms", () => {
  it.each([
    [
      "dateline-business-wire.txt",
      {
        date: "2005-03-03",
        dateline: "CHELMSFORD, Mass.",
        wire: "Business Wire",
      },
      "Example Corp. (Nasdaq: EXM), a provider of storage networking software, today announced that Dana Whitfield has joined the company as chief financial officer, effective immediately.",
    ],
    [
      "dateline-pr-newswire.txt",
      { date: "2005-05-02", dateline: "WESTFORD, Mass.", wire: "PR Newswire" },
      "Example Corp. (Nasdaq: EXM), a provider of storage networking software, today announced the opening of its European headquarters in Dublin, Ireland.",
    ],
    [
      "dateline-globenewswire.txt",
      { date: "2006-10-04", dateline: "BOSTON", wire: "GlobeNewswire" },
      "Example Corp. (Nasdaq: EXM), a provider of storage networking software, today announced that it has completed its acquisition of Brightpath Software, a privately held developer of data replication tools.",
    ],
    [
      "dateline-marketwire.txt",
      { date: "2006-10-04", dateline: "SAN JOSE, CA", wire: "Marketwire" },
      "Acme Systems, Inc. (Nasdaq: ACME), a maker of network security appliances, today introduced the Series 7, a rack-mounted appliance for branch offices.",
    ],
  ])(
    "%s: date, city and wire from the dateline, which the body's lead leaves out",
    (fixture, dateline, lead) => {
      const { frontMatter, body } = imported(fixture);
      expect(frontMatter).toMatchObject(dateline);
      expect(firstParagraph(body)).toBe(lead);
    },
  );

  passesBuildChecks([
    "dateline-business-wire.txt",
    "dateline-pr-newswire.txt",
    "dateline-globenewswire.txt",
    "dateline-marketwire.txt",
  ]);
});

describe("datelines: a company website's form, without a wire", () => {
  it.each([
    [
      "dateline-website-em-dash.txt",
      { date: "2005-10-04", dateline: "BOSTON, Mass." },
      "Example Corp. (NYSE: EXM), a provider of storage networking software, today announced that its board of directors has declared a quarterly cash dividend of $0.05 per share.",
    ],
    [
      "dateline-website-hyphen.txt",
      { date: "2005-10-04", dateline: "BOSTON, Massachusetts" },
      "Example Corp. (NYSE: EXM), a provider of storage networking software, today announced that its board of directors has elected Helen Marsh and Victor Oduya as directors.",
    ],
    [
      "dateline-website-en-dash.txt",
      { date: "2005-11-15", dateline: "AUSTIN, Texas" },
      "Acme Systems, Inc. (Nasdaq: ACME), a maker of network security appliances, today opened an engineering center in Austin that will employ about 120 people by the end of 2006.",
    ],
  ])(
    "%s: date and city from the dateline, and no wire, with a note",
    (fixture, dateline, lead) => {
      const { frontMatter, body, notes } = imported(fixture);
      expect(frontMatter).toMatchObject(dateline);
      expect(frontMatter.wire).toBeUndefined();
      expect(fieldsOf(notes)).toContain("wire");
      expect(firstParagraph(body)).toBe(lead);
    },
  );

  passesBuildChecks([
    "dateline-website-em-dash.txt",
    "dateline-website-hyphen.txt",
    "dateline-website-en-dash.txt",
  ]);
});

describe("datelines whose date is not a date: the importer asks, not guesses", () => {
  it.each(["dateline-impossible-date.txt", "dateline-misspelled-month.txt"])(
    "%s: imports nothing and asks for --date, though the body names other days",
    (fixture) => {
      const result = importRelease(readFixture(fixture));
      expect(result.kind).toBe("needs-date");
      expect(
        result.notes.some(
          ({ field, message }) =>
            field === "date" && message.includes("--date"),
        ),
      ).toBe(true);
    },
  );

  it.each(["dateline-impossible-date.txt", "dateline-misspelled-month.txt"])(
    "%s: imports with the date given as --date",
    (fixture) => {
      const date = calendarDateSchema.parse("2005-02-03");
      const { frontMatter } = importText(readFixture(fixture), fixture, {
        date,
      });
      expect(frontMatter.date).toBe("2005-02-03");
      expect(buildProblems(readFixture(fixture), fixture, { date })).toEqual(
        [],
      );
    },
  );
});

describe("listings as the lead prints them", () => {
  const base = readFixture("listing-nasdaq.txt");
  const printed = "(Nasdaq: SONS)";

  it("(Nasdaq: SONS): exchange Nasdaq, ticker SONS", () => {
    expect(base).toContain(printed);
    expect(imported("listing-nasdaq.txt").frontMatter.listing).toEqual({
      exchange: "Nasdaq",
      ticker: "SONS",
    });
  });

  const variants = [
    ["(Nasdaq:SONS)", "Nasdaq"],
    ["(NASDAQ: SONS)", "NASDAQ"],
    ["(Nasdaq NM: SONS)", "Nasdaq NM"],
  ] as const;

  it.each(variants)(
    "%s: exchange %s as printed, ticker SONS",
    (listing, exchange) => {
      const text = base.replace(printed, listing);
      expect(text).not.toBe(base);
      expect(importText(text, listing).frontMatter.listing).toEqual({
        exchange,
        ticker: "SONS",
      });
    },
  );

  passesBuildChecks(["listing-nasdaq.txt"]);

  it.each(variants)(
    "%s: the content file passes the build's checks, placeholders apart",
    (listing) => {
      const text = base.replace(printed, listing);
      expect(text).not.toBe(base);
      expect(buildProblems(text, listing)).toEqual([]);
    },
  );
});

describe("required fields the text does not give", () => {
  it("listing-missing.txt: imported, with the exchange and ticker left to a person, and a note", () => {
    const result = importRelease(readFixture("listing-missing.txt"));
    expect(result.kind).toBe("imported");
    const { frontMatter, notes } = imported("listing-missing.txt");
    expect(frontMatter.listing.exchange.startsWith(REVIEW_MARKER)).toBe(true);
    expect(frontMatter.listing.ticker.startsWith(REVIEW_MARKER)).toBe(true);
    expect(fieldsOf(notes)).toContainEqual(expect.stringMatching(/^listing/));
  });

  passesBuildChecks(["listing-missing.txt"]);
});
