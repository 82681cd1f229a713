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
const amountPattern = new RegExp(
  String.raw`(?:\b(?:exceeded|over|more than|less than|approximately|about|nearly|almost|at least|up to)\s+)?(?:${sharedScaleRange}|${oneAmount}(?:${toWord}${oneAmount})?)`,
  "g",
);
const dollarSigns = (text: string) => text.split("$").length - 1;

/** Words that give an amount a span of time, which a day alone does not: "for the fourth quarter". */
const namesPeriod = /\b(quarter|year|month|half|period)\b/i;
const ordinalQuarters = ["first", "second", "third", "fourth"];
/** "fourth quarter of fiscal 2004", "fourth quarter of the fiscal year 2004", "fiscal 2004 fourth quarter". */
const quarterPattern =
  /\b(?<ordinal>first|second|third|fourth) quarter of (?:the )?(?:fiscal )?(?:year )?(?<year>\d{4})\b|\b(?:fiscal )?(?<year2>\d{4}) (?<ordinal2>first|second|third|fourth) quarter\b/i;
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

function quarterOf(
  sentence: string,
): { year: string; quarter: number } | undefined {
  const groups = quarterPattern.exec(sentence)?.groups;
  const ordinal = (groups?.ordinal ?? groups?.ordinal2)?.toLowerCase();
  const year = groups?.year ?? groups?.year2;
  return ordinal && year
    ? { year, quarter: ordinalQuarters.indexOf(ordinal) + 1 }
    : undefined;
}

/** The period a sentence's amounts are for: its one day, or the fiscal quarter it names; else why not. */
function periodOf(
  sentence: string,
  dates: readonly DateInText[],
  quartersAreCalendar: boolean,
): { period: string; problem?: never } | { period?: never; problem: string } {
  const quarter = quarterOf(sentence);
  const [day, ...otherDays] = dates;
  if (quarter && !day)
    return quartersAreCalendar
      ? { period: `${quarter.year}-Q${quarter.quarter}` }
      : {
          problem:
            "is for a fiscal quarter, but the text does not say its fiscal year ends December 31",
        };
  if (day && otherDays.length === 0 && !namesPeriod.test(sentence))
    return { period: day.date };
  return {
    problem: day
      ? "has a day and a span of time (or several days) in its sentence, and which one it is for is not certain"
      : "has no day or quarter in its sentence, so it may not be a key figure",
  };
}

/** The key figures of one sentence, each dated by the period the sentence names, or noted. */
function figuresOf(
  sentence: string,
  dates: readonly DateInText[],
  quartersAreCalendar: boolean,
  notes: ImportNote[],
): { figures: FigureInput[]; period: string | undefined } {
  const amounts = [...sentence.matchAll(amountPattern)].map(([value]) => value);
  const dollarsRead = amounts.reduce(
    (count, value) => count + dollarSigns(value),
    0,
  );
  if (dollarSigns(sentence) > dollarsRead)
    notes.push({
      field: "figures",
      message: `an amount in ${JSON.stringify(sentence)} is not in a form the importer reads; add it by hand if it is a key figure`,
    });
  if (amounts.length === 0) return { figures: [], period: undefined };
  const { period, problem } = periodOf(sentence, dates, quartersAreCalendar);
  if (!period) {
    for (const value of amounts)
      notes.push({
        field: "figures",
        message: `${value} ${problem}; add it by hand (${JSON.stringify(sentence)})`,
      });
    return { figures: [], period };
  }
  const label = (value: string) =>
    reviewPlaceholder(`what ${value} is, and for when`);
  return {
    figures: amounts.map((value) => ({
      label: label(value),
      value,
      period,
      quote: sentence,
    })),
    period,
  };
}

/**
 * The dated events and key figures a release's own paragraphs state (those
 * about its call are the call's), each with its sentence. A figure's period is
 * the day its sentence names or the fiscal quarter it names; a figure without
 * one is reported rather than dated by guess. Only days written out in full
 * count: "today" is no event.
 */
export function readFacts(units: readonly Tagged[]): {
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
  for (const { text: sentence, fullDays } of units) {
    const read = figuresOf(sentence, fullDays, quartersAreCalendar, notes);
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
      const known = events.some(
        (event) =>
          event.date === date.date &&
          event.kind === kind &&
          event.quote === sentence,
      );
      if (date.date === read.period || known) continue;
      events.push(eventOf(sentence, date, kind, notes));
    }
  }
  // A stable sort: events of one day stay in reading order.
  const byDate = events.toSorted((a, b) =>
    a.date === b.date ? 0 : a.date < b.date ? -1 : 1,
  );
  return { events: byDate, figures, notes };
}
