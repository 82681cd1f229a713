import type { z } from "zod";
import {
  type eventSchema,
  type figureSchema,
  filingForms,
  reviewPlaceholder,
  type ReviewPlaceholder,
  type statedEventKinds,
} from "@/lib/content/authoring";
import type { DateInText } from "@/lib/time/dates-in-text";
import { periodsOfAmounts } from "./figure-periods";
import type { ImportNote } from "./notes";
import type { Tagged } from "./tags";

type FilingForm = (typeof filingForms)[number];
type StatedEvent = z.input<typeof eventSchema>;
/** An event as drafted: a filing's form may be left for the reviewer. */
export type EventInput =
  | Exclude<StatedEvent, { kind: "filing" }>
  | (Omit<Extract<StatedEvent, { kind: "filing" }>, "form"> & {
      form: FilingForm | ReviewPlaceholder;
    });
export type FigureInput = z.input<typeof figureSchema>;

/**
 * An amount as written, with the word that bounds it: "$313 million",
 * "exceeded $300 million", "$43 million - $46 million", "$0.02 - $0.03",
 * "$43-46 million", "$43.5M", "$(0.05)".
 */
const number = String.raw`\d[\d,]*(?:\.\d+)?`;
const scale = String.raw`(?:\s*(?:thousand|million|billion)|[KMB])\b`;
const oneAmount = String.raw`\$(?:\(${number}\)|${number})(?:${scale})?`;
const toWord = String.raw`\s*(?:-|\u2013|to)\s*`;
/** "$43-46 million": the scale is written once, after the second bound. */
const sharedScaleRange = String.raw`\$${number}\s*(?:-|\u2013)\s*${number}${scale}`;
const sharedScaleRangePattern = new RegExp(sharedScaleRange);
const amountPattern = new RegExp(
  String.raw`(?:\b(?:exceeded|over|more than|less than|approximately|about|nearly|almost|at least|up to)\s+)?(?:${sharedScaleRange}|${oneAmount}(?:${toWord}${oneAmount})?)`,
  "g",
);
const dollarSigns = (text: string) => text.split("$").length - 1;

/** Fiscal quarters are calendar quarters only when the fiscal year ends December 31. */
const calendarFiscalYear = /\bfiscal year ended December 31\b/i;
const endedBefore = /\b(ended|ending)(?: on)?\s*$/i;
const namesForm = /\bForm\s+\d/;
/** "Form 10-K/A", "Form 10-K": an amendment before the form it amends, so that 10-K/A is not read as 10-K. */
const formNamed = new RegExp(
  String.raw`\bForm\s+(${filingForms
    .toSorted((a, b) => b.length - a.length)
    .join("|")})(?![\w/-])`,
  "g",
);

type StatedKind = (typeof statedEventKinds)[number];

function kindOf(sentence: string, date: DateInText): StatedKind {
  if (endedBefore.test(sentence.slice(0, date.start)))
    return "financial-period";
  return namesForm.test(sentence) ? "filing" : "other";
}

const isFilingForm = (form: string | undefined) =>
  filingForms.find((known) => known === form);

/**
 * The form of the filing a sentence dates: the last one it names before the
 * date ("its Form 10-Q, dated November 9, 2004"), else the only one it names.
 */
function formOf(sentence: string, date: DateInText): FilingForm | undefined {
  const named = [...sentence.matchAll(formNamed)];
  const before = named.filter(({ index }) => index < date.start);
  const [only, ...more] = named;
  const match = before.at(-1) ?? (more.length === 0 ? only : undefined);
  return isFilingForm(match?.[1]);
}

/** A filing names its form; a form the text does not state is left for the reviewer, and noted. */
function eventOf(
  sentence: string,
  date: DateInText,
  kind: StatedKind,
  notes: ImportNote[],
): EventInput {
  const label = reviewPlaceholder(`a few words for the timeline (${kind})`);
  if (kind !== "filing")
    return { date: date.date, kind, label, quote: sentence };
  const form = formOf(sentence, date);
  if (!form)
    notes.push({
      field: "events",
      message: `the form of the filing dated ${date.date} is not certain from ${JSON.stringify(sentence)}; write it (${filingForms.join(", ")}), or change the event's kind`,
    });
  return {
    date: date.date,
    kind,
    form:
      form ?? reviewPlaceholder(`the form filed: ${filingForms.join(", ")}`),
    label,
    quote: sentence,
  };
}

const isRange = (value: string) =>
  dollarSigns(value) > 1 || sharedScaleRangePattern.test(value);

type SentenceFigures = {
  readonly figures: FigureInput[];
  /** Days that are not news in this sentence: a figure's period, or a period compared with. */
  readonly notNews: (date: DateInText) => boolean;
};

/**
 * The key figures of one sentence, each dated by the period its own clause
 * names; one whose period is not certain gets a REVIEW placeholder and a note,
 * never the period named for another amount.
 */
function figuresOf(
  sentence: string,
  dates: readonly DateInText[],
  quartersAreCalendar: boolean,
  notes: ImportNote[],
): SentenceFigures {
  const amounts = [...sentence.matchAll(amountPattern)].map(
    ({ 0: value, index }) => ({
      value,
      start: index,
      end: index + value.length,
      isRange: isRange(value),
    }),
  );
  const dollarsRead = amounts.reduce(
    (count, { value }) => count + dollarSigns(value),
    0,
  );
  if (dollarSigns(sentence) > dollarsRead)
    notes.push({
      field: "figures",
      message: `an amount in ${JSON.stringify(sentence)} is not in a form the importer reads; add it by hand if it is a key figure`,
    });
  const read = periodsOfAmounts(sentence, dates, amounts, quartersAreCalendar);
  const periods = new Set(read.amounts.map(({ period }) => period));
  const notNews = (date: DateInText) =>
    periods.has(date.date) ||
    read.comparisons.some(
      ({ start, end }) => date.start >= start && date.start < end,
    );
  if (!read.namesPeriod) {
    for (const { value } of amounts)
      notes.push({
        field: "figures",
        message: `${value} has no day or quarter in its sentence, so it may not be a key figure; add it by hand (${JSON.stringify(sentence)})`,
      });
    return { figures: [], notNews };
  }
  const figures = read.amounts.map(({ value, period, doubt }) => {
    if (doubt !== undefined)
      notes.push({
        field: "figures",
        message: `the period of ${value} is not certain: its clause ${doubt}; written as a REVIEW placeholder (${JSON.stringify(sentence)})`,
      });
    return {
      label: reviewPlaceholder(`what ${value} is, and for when`),
      value,
      period:
        period ??
        reviewPlaceholder(
          `the period ${value} is for (2004-Q4, 2004 or 2004-12-31): its clause ${doubt}`,
        ),
      quote: sentence,
    };
  });
  return { figures, notNews };
}

/**
 * The dated events and key figures a release's own paragraphs state (those
 * about its call are the call's), each with its sentence. A figure's period is
 * the one its own clause names (lib/import/figure-periods.ts); a figure whose
 * period is not certain gets a placeholder, never another amount's period. Only days written out in full
 * count: "today" is no event; nor is a day a sentence compares with.
 */
export function readFacts(
  units: readonly Tagged[],
  legalNoticeBlocks: ReadonlySet<number> = new Set(),
): {
  events: EventInput[];
  figures: FigureInput[];
  notes: ImportNote[];
} {
  const notes: ImportNote[] = [];
  const events: EventInput[] = [];
  const figures: FigureInput[] = [];
  const quartersAreCalendar = units.some(({ text }) =>
    calendarFiscalYear.test(text),
  );
  const eventKeys = new Set<string>();
  for (const { text: sentence, fullDays, block } of units) {
    // A legal notice names the filings to read ("its Form 10-Q, dated November 9, 2004"); its other days and amounts are boilerplate.
    const isNotice = legalNoticeBlocks.has(block);
    const read = isNotice
      ? { figures: [], notNews: () => false }
      : figuresOf(sentence, fullDays, quartersAreCalendar, notes);
    // A sentence printed twice states its figures once.
    figures.push(
      ...read.figures.filter(
        (figure) =>
          !figures.some(
            (known) =>
              known.value === figure.value && known.quote === figure.quote,
          ),
      ),
    );
    for (const date of fullDays) {
      const kind = kindOf(sentence, date);
      // A day that two sentences name is one event, quoted from the first.
      const key = [
        date.date,
        kind,
        kind === "filing" ? formOf(sentence, date) : "",
      ].join(" ");
      if (
        eventKeys.has(key) ||
        read.notNews(date) ||
        (isNotice && kind !== "filing")
      )
        continue;
      eventKeys.add(key);
      events.push(eventOf(sentence, date, kind, notes));
    }
  }
  // A stable sort: events of one day stay in reading order.
  const byDate = events.toSorted((a, b) =>
    a.date === b.date ? 0 : a.date < b.date ? -1 : 1,
  );
  return { events: byDate, figures, notes };
}
