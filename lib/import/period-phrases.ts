import { Temporal } from "temporal-polyfill";
import type { CalendarDate } from "@/lib/time/calendar-date";
import type { DateInText } from "@/lib/time/dates-in-text";
import { parsePeriod } from "@/lib/time/period";

/**
 * The periods a sentence names, and where: outright ("the fourth quarter of
 * 2004", "the year ended December 31, 2004", "on March 31, 2005"), relative
 * to another ("the same period last year", "the prior quarter"), and span
 * words no phrase explains ("for the quarter"), which make a clause uncertain.
 */

export type Span = { readonly start: number; readonly end: number };
/** A period the text names outright, or why the phrase names none the content format can hold. */
export type Mention = Span &
  ({ period: string; problem?: never } | { period?: never; problem: string });
export type Relative = Span & { readonly back: "year" | "quarter" };

const ordinals = ["first", "second", "third", "fourth"];
const ordinal = String.raw`(first|second|third|fourth)`;
/** "fourth quarter of 2004", "fourth-quarter 2004", "fourth quarter of fiscal 2004", "fiscal 2004 fourth quarter", "Q4 2004". */
const quarterForms = [
  {
    pattern: new RegExp(
      String.raw`\b${ordinal}[- ]quarter,? (?:of )?(?:the )?(?:fiscal )?(?:year )?(\d{4})\b`,
      "gi",
    ),
    ordinalGroup: 1,
    yearGroup: 2,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:fiscal )?(?:year )?(\d{4}) ${ordinal}[- ]quarter\b`,
      "gi",
    ),
    ordinalGroup: 2,
    yearGroup: 1,
  },
  {
    pattern: /\bQ([1-4]) (?:of )?(?:fiscal )?(\d{4})\b/gi,
    ordinalGroup: 1,
    yearGroup: 2,
  },
];
/** "fiscal 2004", "fiscal year 2004", "full year 2004", "2004 fiscal year", "for 2004", "in 2003". */
const yearForms = [
  /\b(?:fiscal(?: year)?|full[- ]year|the year) (\d{4})\b/gi,
  /\b(\d{4}) (?:fiscal|full)[- ]year\b/gi,
  /\b(?:for|in|during) (\d{4})\b/gi,
];
/** A span before the day it ends: "the quarter ended March 31, 2005", "the year ending December 31, 2004". */
const endedBefore =
  /\b(?<span>(?:fiscal )?(?:first |second |third |fourth )?quarter|three months|three-month period|(?:fiscal )?year|twelve months|12 months|six months|nine months|period)\s+(?:ended|ending)(?: on)?\s*$/i;
const yearAgo =
  /\b(?:the )?same (?:period|quarter) (?:(?:of |in )?(?:the )?(?:last|prior|previous|preceding) year|a year (?:ago|earlier)|last year)|\b(?:the )?year[- ]ago (?:period|quarter)|\ba year (?:ago|earlier)|\b(?:the )?prior[- ]year (?:period|quarter)|\b(?:the )?(?:last|prior|previous|preceding) year(?:'s (?:period|quarter))?/gi;
const quarterAgo =
  /\b(?:the )?(?:prior|previous|preceding|last|sequential) quarter\b|\bsequentially\b/gi;
/** Words that make an amount's period a span: left unexplained by any phrase above, they make the clause uncertain. */
const spanWord = /\b(?:quarters?|years?|months?|half|period)\b/gi;
/** Span words that compare rates and date no amount: "grew 22% year over year". */
const rateOfChange =
  /\b(?:year[- ]over[- ]year|quarter[- ]over[- ]quarter|year[- ]on[- ]year)\b/gi;

const fiscalDoubt =
  "names a fiscal period, and the text does not say its fiscal year ends December 31";

const spansOf = (text: string, pattern: RegExp): Span[] =>
  [...text.matchAll(pattern)].map(({ 0: match, index }) => ({
    start: index,
    end: index + match.length,
  }));

export const inside = (span: Span, index: number) =>
  index >= span.start && index < span.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function quarterMentions(
  sentence: string,
  calendarQuarters: boolean,
): Mention[] {
  return quarterForms.flatMap(({ pattern, ordinalGroup, yearGroup }) =>
    [...sentence.matchAll(pattern)].map((match): Mention => {
      const span = { start: match.index, end: match.index + match[0].length };
      const which = match[ordinalGroup] ?? "";
      const quarter = /^\d$/.test(which)
        ? Number(which)
        : ordinals.indexOf(which.toLowerCase()) + 1;
      return calendarQuarters
        ? { ...span, period: `${match[yearGroup]}-Q${quarter}` }
        : { ...span, problem: fiscalDoubt };
    }),
  );
}

function yearMentions(
  sentence: string,
  calendarQuarters: boolean,
  taken: readonly Span[],
): Mention[] {
  const mentions: Mention[] = [];
  for (const pattern of yearForms)
    for (const match of sentence.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if ([...taken, ...mentions].some((known) => overlaps(known, span)))
        continue;
      mentions.push(
        calendarQuarters
          ? { ...span, period: match[1] ?? "" }
          : { ...span, problem: fiscalDoubt },
      );
    }
  return mentions;
}

const quarterEnds = new Set(["03-31", "06-30", "09-30", "12-31"]);

/** The period a span ending on a day names: a calendar quarter or year, else why not. */
function endedMention(where: Span, span: string, day: CalendarDate): Mention {
  const { year, month } = Temporal.PlainDate.from(day);
  const monthDay = day.slice(5);
  if (/quarter|three/i.test(span))
    return quarterEnds.has(monthDay)
      ? { ...where, period: `${year}-Q${Math.ceil(month / 3)}` }
      : {
          ...where,
          problem: `names a quarter ending ${day}, which is not a calendar quarter`,
        };
  if (/year|twelve|12/i.test(span))
    return monthDay === "12-31"
      ? { ...where, period: String(year) }
      : {
          ...where,
          problem: `names a year ending ${day}, which is not a calendar year`,
        };
  return {
    ...where,
    problem: `names ${span.toLowerCase()} ended ${day}, and a figure's period is a day, month, quarter or year`,
  };
}

/** Days the sentence names: the end of a span before them ("the quarter ended"), or a day of their own ("on March 31, 2005"). */
function dayMentions(sentence: string, days: readonly DateInText[]): Mention[] {
  return days.map((day) => {
    const before = sentence.slice(Math.max(0, day.start - 60), day.start);
    const span = endedBefore.exec(before);
    return span?.groups?.span
      ? endedMention(
          { start: day.start - span[0].length, end: day.end },
          span.groups.span,
          day.date,
        )
      : { start: day.start, end: day.end, period: day.date };
  });
}

function relatives(sentence: string): Relative[] {
  return [
    ...[...sentence.matchAll(yearAgo)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      back: "year" as const,
    })),
    ...[...sentence.matchAll(quarterAgo)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      back: "quarter" as const,
    })),
  ];
}

/** The period `back` before `period`: a year before a quarter is the same quarter; a quarter before a day is the previous quarter's end. */
export function periodBefore(
  period: string,
  back: Relative["back"],
): string | undefined {
  const parsed = parsePeriod(period);
  if (!parsed) return undefined;
  const start = Temporal.PlainDate.from(parsed.start);
  switch (parsed.precision) {
    case "year":
      return back === "year" ? String(start.year - 1) : undefined;
    case "quarter": {
      const earlier = start.subtract(
        back === "year" ? { years: 1 } : { months: 3 },
      );
      return `${earlier.year}-Q${Math.ceil(earlier.month / 3)}`;
    }
    case "day":
      if (back === "year") return start.subtract({ years: 1 }).toString();
      return quarterEnds.has(parsed.start.slice(5))
        ? start
            .add({ days: 1 })
            .subtract({ months: 3 })
            .subtract({ days: 1 })
            .toString()
        : undefined;
    case "month":
      return undefined;
  }
}

export type PeriodPhrases = {
  readonly mentions: readonly Mention[];
  readonly relatives: readonly Relative[];
  /** Where a span word stands that no phrase explains. */
  readonly looseSpanWords: readonly Span[];
};

export function findPeriodPhrases(
  sentence: string,
  days: readonly DateInText[],
  calendarQuarters: boolean,
): PeriodPhrases {
  const quarters = quarterMentions(sentence, calendarQuarters);
  const ended = dayMentions(sentence, days);
  const mentions = [
    ...quarters,
    ...ended,
    ...yearMentions(sentence, calendarQuarters, [...quarters, ...ended]),
  ];
  const relativeMentions = relatives(sentence);
  const explained = [
    ...mentions,
    ...relativeMentions,
    ...spansOf(sentence, rateOfChange),
  ];
  const looseSpanWords = spansOf(sentence, spanWord).filter(
    ({ start }) => !explained.some((span) => inside(span, start)),
  );
  return { mentions, relatives: relativeMentions, looseSpanWords };
}
