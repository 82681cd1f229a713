import { describe, expect, it } from "vitest";
import { REVIEW_MARKER } from "@/lib/content/authoring";
import { calendarDateSchema } from "@/lib/time/calendar-date";
import { readFacts } from "./facts";
import { tag } from "./tags";
import { imported } from "@/lib/testing/import-forms";

/**
 * Results sentences written for this suite, each with the period a reader
 * gives every amount in it, worked out from the sentence by hand. "review"
 * is an amount whose period the sentence does not make certain: the importer
 * must leave it for the reviewer rather than file it under a period named for
 * another amount.
 */
const review = "review";
type Expected = readonly (readonly [string, string])[];

const releaseDate = calendarDateSchema.parse("2007-07-26");
/** A text states once that its fiscal quarters are calendar quarters. */
const calendarYearNote =
  "Acme's fiscal year ended December 31, 2006 was its tenth.";

function periodsRead(sentence: string, fiscalYearNote = calendarYearNote) {
  const units = [fiscalYearNote, sentence].map((text, block) =>
    tag(text, releaseDate, block),
  );
  const { figures, notes } = readFacts(units);
  return {
    periods: figures.map(({ value, period }) => [
      value,
      String(period).startsWith(REVIEW_MARKER) ? review : String(period),
    ]),
    notes,
  };
}

const sentences: readonly (readonly [string, Expected])[] = [
  [
    "Revenues for the second quarter of fiscal 2007 were $52.1 million, compared with $41.3 million in the same period last year.",
    [
      ["$52.1 million", "2007-Q2"],
      ["$41.3 million", "2006-Q2"],
    ],
  ],
  [
    "Net income for the second quarter of fiscal 2007 was $4.2 million, or $0.06 per diluted share, compared with net income for the second quarter of fiscal 2006 of $1.1 million, or $0.02 per diluted share.",
    [
      ["$4.2 million", "2007-Q2"],
      ["$0.06", "2007-Q2"],
      ["$1.1 million", "2006-Q2"],
      ["$0.02", "2006-Q2"],
    ],
  ],
  [
    "Revenue for the fourth quarter of 2004 was $45.1 million, up 22% from $37.0 million in the fourth quarter of 2003.",
    [
      ["$45.1 million", "2004-Q4"],
      ["$37.0 million", "2003-Q4"],
    ],
  ],
  [
    "Revenue for the fourth quarter of 2004 was $45.1 million, up 8% from $41.8 million in the prior quarter.",
    [
      ["$45.1 million", "2004-Q4"],
      ["$41.8 million", "2004-Q3"],
    ],
  ],
  [
    "Revenue for the first quarter of 2005 was $45.1 million, compared to $46.0 million in the previous quarter.",
    [
      ["$45.1 million", "2005-Q1"],
      ["$46.0 million", "2004-Q4"],
    ],
  ],
  [
    "Fourth-quarter 2004 revenue was $45.1 million, versus $37.0 million a year ago.",
    [
      ["$45.1 million", "2004-Q4"],
      ["$37.0 million", "2003-Q4"],
    ],
  ],
  [
    "Revenue for the quarter ended March 31, 2005 was $45.1 million, compared with $38.9 million for the quarter ended March 31, 2004.",
    [
      ["$45.1 million", "2005-Q1"],
      ["$38.9 million", "2004-Q1"],
    ],
  ],
  [
    "For the year ended December 31, 2004, revenue was $178.1 million, compared with $150.2 million for the year ended December 31, 2003.",
    [
      ["$178.1 million", "2004"],
      ["$150.2 million", "2003"],
    ],
  ],
  [
    "Revenue for fiscal 2004 was $178.1 million, up from $150.2 million in fiscal 2003.",
    [
      ["$178.1 million", "2004"],
      ["$150.2 million", "2003"],
    ],
  ],
  [
    "Revenue for fiscal 2004 was $178.1 million, compared with $150.2 million in the prior year.",
    [
      ["$178.1 million", "2004"],
      ["$150.2 million", "2003"],
    ],
  ],
  [
    "Acme expects revenue for the second quarter of 2005 to be in the range of $43 million to $46 million.",
    [["$43 million to $46 million", "2005-Q2"]],
  ],
  [
    "Revenue for the second quarter of 2005 is expected to range from $43 million to $46 million, compared with $40.2 million in the second quarter of 2004.",
    [
      ["$43 million to $46 million", "2005-Q2"],
      ["$40.2 million", "2004-Q2"],
    ],
  ],
  [
    "Net loss for the third quarter of 2005 was $(3.1) million, or $(0.01) per share, compared with a net loss of $(5.4) million, or $(0.02) per share, in the same quarter last year.",
    [
      ["$(3.1) million", "2005-Q3"],
      ["$(0.01)", "2005-Q3"],
      ["$(5.4) million", "2004-Q3"],
      ["$(0.02)", "2004-Q3"],
    ],
  ],
  [
    "Cash and investments were $310.5 million on March 31, 2005, compared with $313.0 million on December 31, 2004.",
    [
      ["$310.5 million", "2005-03-31"],
      ["$313.0 million", "2004-12-31"],
    ],
  ],
  [
    "Cash and marketable securities totaled $310.5 million as of March 31, 2005, up from $290.2 million at the end of the prior quarter.",
    [
      ["$310.5 million", "2005-03-31"],
      ["$290.2 million", "2004-12-31"],
    ],
  ],
  [
    "Deferred revenue was $82.4 million on June 30, 2007, compared with $75.0 million at the end of the quarter before.",
    [
      ["$82.4 million", "2007-06-30"],
      ["$75.0 million", review],
    ],
  ],
  [
    "Revenue was $45.1 million, compared with $37.0 million in the fourth quarter of 2003.",
    [
      ["$45.1 million", review],
      ["$37.0 million", "2003-Q4"],
    ],
  ],
  [
    "Revenue for the fourth quarter of 2004 was $45.1 million and revenue for the year was $178.1 million.",
    [
      ["$45.1 million", review],
      ["$178.1 million", review],
    ],
  ],
  [
    "Gross margin for the fourth quarter of 2004 was 64%, up from 58% a year ago, on revenue of $45.1 million.",
    [["$45.1 million", review]],
  ],
  [
    "Revenue for the fourth quarter of 2004 increased 22% year over year to $45.1 million.",
    [["$45.1 million", "2004-Q4"]],
  ],
  [
    "Revenue increased to $45.1 million in the fourth quarter of 2004 from $37.0 million in the fourth quarter of 2003.",
    [
      ["$45.1 million", "2004-Q4"],
      ["$37.0 million", "2003-Q4"],
    ],
  ],
  [
    "The company reported revenue of $12.5 million for the three months ended June 30, 2006, compared with $9.8 million for the three months ended June 30, 2005.",
    [
      ["$12.5 million", "2006-Q2"],
      ["$9.8 million", "2005-Q2"],
    ],
  ],
  [
    "Revenue for the six months ended June 30, 2006 was $24.1 million.",
    [["$24.1 million", review]],
  ],
  [
    "Revenue for the fiscal year ended September 30, 2006 was $98.3 million.",
    [["$98.3 million", review]],
  ],
  [
    "Revenue for the second quarter was $52.1 million, compared with $41.3 million in the second quarter of 2006.",
    [
      ["$52.1 million", review],
      ["$41.3 million", "2006-Q2"],
    ],
  ],
  [
    "Diluted earnings per share were $0.06 in the second quarter of 2007, against $0.02 per share in the year-ago quarter.",
    [
      ["$0.06", "2007-Q2"],
      ["$0.02", "2006-Q2"],
    ],
  ],
  [
    "Revenue of $52.1 million for the second quarter of 2007 rose 26% over the same period a year ago.",
    [["$52.1 million", "2007-Q2"]],
  ],
  [
    "Revenue for the fourth quarter of 2004 was $45.1 million, compared with $37.0 million.",
    [
      ["$45.1 million", "2004-Q4"],
      ["$37.0 million", review],
    ],
  ],
  [
    "Product revenue was $38.0 million and service revenue was $7.1 million for the fourth quarter of 2004.",
    [
      ["$38.0 million", "2004-Q4"],
      ["$7.1 million", "2004-Q4"],
    ],
  ],
  [
    "Revenue for Q4 2004 was $45.1 million, compared with $41.8 million for Q3 2004.",
    [
      ["$45.1 million", "2004-Q4"],
      ["$41.8 million", "2004-Q3"],
    ],
  ],
  [
    "Net income for 2004 was $12.0 million, up from a net loss of $(8.5) million in 2003.",
    [
      ["$12.0 million", review],
      ["$(8.5) million", review],
    ],
  ],
  [
    "Gross margin is expected to be between 60% and 62% on revenue of $48 million to $50 million for the third quarter of 2005.",
    [["$48 million to $50 million", "2005-Q3"]],
  ],
  [
    "Revenue for the fourth quarter of 2004 was $45.1 million, up from $37.0 million in the fourth quarter of 2003, on bookings of $50.2 million.",
    [
      ["$45.1 million", "2004-Q4"],
      ["$37.0 million", "2003-Q4"],
      ["$50.2 million", review],
    ],
  ],
  [
    "Revenue for the second quarter of 2005 was $43.5M, compared to $40.2M in the same period of the prior year and $44.0M in the preceding quarter.",
    [
      ["$43.5M", "2005-Q2"],
      ["$40.2M", review],
      ["$44.0M", review],
    ],
  ],
];

describe("each amount of a results sentence gets the period its own clause names, or a placeholder", () => {
  it.each(sentences)("%s", (sentence, expected) => {
    expect(periodsRead(sentence).periods).toEqual(expected);
  });

  it("holds at least 30 sentences", () => {
    expect(sentences.length).toBeGreaterThanOrEqual(30);
  });

  it("gives a fiscal quarter no calendar period when the text does not say its fiscal year ends December 31", () => {
    const sentence = sentences[0]?.[0] ?? "";
    const read = periodsRead(sentence, "Acme designs network gear.");
    expect(read.periods).toEqual([
      ["$52.1 million", review],
      ["$41.3 million", review],
    ]);
    expect(read.notes.map(({ message }) => message)).toContain(
      `the period of $52.1 million is not certain: its clause names a fiscal period, and the text does not say its fiscal year ends December 31; written as a REVIEW placeholder (${JSON.stringify(sentence)})`,
    );
  });

  it("notes each placeholder on one line, naming the amount and quoting the sentence", () => {
    const sentence =
      "Revenue was $45.1 million, compared with $37.0 million in the fourth quarter of 2003.";
    const { notes } = periodsRead(sentence);
    const about = (value: string) =>
      notes.filter(({ message }) =>
        message.startsWith(`the period of ${value} `),
      );
    expect(about("$45.1 million")).toHaveLength(1);
    expect(about("$45.1 million")[0]?.message).not.toContain("\n");
    expect(about("$45.1 million")[0]?.message).toContain(
      JSON.stringify(sentence),
    );
    expect(about("$37.0 million")).toEqual([]);
  });
});

describe("dates that are no events", () => {
  const eventDays = (...texts: string[]) =>
    readFacts(
      texts.map((text, block) => tag(text, releaseDate, block)),
    ).events.map(({ date }) => date);

  it("does not make an event of a day the sentence compares with", () => {
    expect(
      eventDays(
        "Acme served 400 customers on June 30, 2007, up from 350 customers on March 31, 2007.",
      ),
    ).toEqual(["2007-06-30"]);
  });

  it("makes one event of a day that two sentences name", () => {
    expect(
      eventDays(
        "Acme will hold its annual meeting on September 14, 2007.",
        "Shareholders of record may vote at the meeting on September 14, 2007.",
      ),
    ).toEqual(["2007-09-14"]);
  });

  it("does not make an event of the day a figure is for", () => {
    expect(
      eventDays("Cash and investments were $310.5 million on March 31, 2007."),
    ).toEqual([]);
  });
});

describe("a release's events, without the noise", () => {
  const { frontMatter } = imported("events-noise.txt");
  const events = (frontMatter.events ?? []).map(({ date, kind }) => [
    date,
    kind,
  ]);

  it("keeps the quarter's end, the meeting once, the record day and the dated filing a notice names", () => {
    expect(events).toEqual([
      ["2006-08-09", "filing"],
      ["2006-09-30", "financial-period"],
      ["2006-09-30", "other"],
      ["2006-11-01", "other"],
      ["2006-12-07", "other"],
    ]);
  });

  it("leaves out the day compared with and the period-end a legal notice names", () => {
    const days = events.map(([date]) => date);
    expect(days).not.toContain("2006-06-30");
    expect(days).not.toContain("2005-12-31");
  });

  it('reads the listing of a lead that names "Kestrel Systems, Inc. (Nasdaq: KSTL)"', () => {
    expect(frontMatter.listing).toEqual({ exchange: "Nasdaq", ticker: "KSTL" });
  });
});
