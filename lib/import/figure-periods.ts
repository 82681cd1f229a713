import type { DateInText } from "@/lib/time/dates-in-text";
import {
  findPeriodPhrases,
  inside,
  type PeriodPhrases,
  periodBefore,
  type Span,
} from "./period-phrases";

/**
 * Which period each amount of a results sentence is for. A sentence such as
 * "Revenues for the second quarter of 2007 were $X, compared with $Y in the
 * same period last year" names two periods; the amount after "compared with"
 * is for the one its own clause names. An amount is given a period only when
 * its clause makes it certain; otherwise it is left for the reviewer, with
 * the reason: a plausible number under the wrong quarter is the worst fault
 * an IR page can have.
 */

/** An amount as the sentence prints it, and where. */
export type AmountInText = {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /** "$43 million - $46 million": a word before it ("from") bounds the range, not a comparison. */
  readonly isRange: boolean;
};

/** An amount's period, or why the text does not make it certain. */
type PeriodAnswer =
  { period: string; doubt?: never } | { period?: never; doubt: string };
export type AmountPeriod = AmountInText & PeriodAnswer;

/**
 * Words after which the text speaks of another period: "compared with",
 * "versus", "over the prior year", and "from" right before a number ("up
 * from $Y", "up from 350 customers").
 */
const comparisonWord =
  /\b(?:as )?compared (?:with|to)\b|\bversus\b|\bvs\.?(?=\s)|\bagainst\b|\bover (?=(?:the|a|last|prior|previous)\b)|\bfrom (?=[$(]|\d)/gi;

/** The clauses between comparison words; the first states the sentence's own period, each later one a period compared with it. */
function clausesOf(
  sentence: string,
  amounts: readonly AmountInText[],
): [Span, ...Span[]] {
  const cuts = [...sentence.matchAll(comparisonWord)]
    .map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
    }))
    .filter(
      ({ end }) =>
        !amounts.some((amount) => amount.start === end && amount.isRange),
    );
  const ends = [...cuts.map(({ start }) => start), sentence.length];
  return [
    { start: 0, end: ends[0] ?? sentence.length },
    ...cuts.map(({ start }, index) => ({
      start,
      end: ends[index + 1] ?? sentence.length,
    })),
  ];
}

/**
 * Where a clause of comparison gives way to the sentence's own subject again:
 * a comma, then words other than "or" before an amount ("… from $37.0 million
 * in 2003, on bookings of $50.2 million"). ", or $0.02 per share" goes on
 * with the comparison.
 */
function resumesAt(
  sentence: string,
  clause: Span,
  amounts: readonly AmountInText[],
): number {
  const commas = [
    ...sentence.slice(clause.start, clause.end).matchAll(/,/g),
  ].map(({ index }) => clause.start + index);
  for (const [position, comma] of commas.entries()) {
    const segmentEnd = commas[position + 1] ?? clause.end;
    const holdsAmount = amounts.some(
      ({ start }) => start > comma && start < segmentEnd,
    );
    if (holdsAmount && !/^\s*or\b/i.test(sentence.slice(comma + 1, segmentEnd)))
      return comma;
  }
  return clause.end;
}

/** The period of the amounts in one clause; `base` is the first clause's, which relative words count back from. */
function clauseAnswer(
  sentence: string,
  phrases: PeriodPhrases,
  clause: Span,
  base: string | undefined,
): PeriodAnswer {
  const named = phrases.mentions.filter((mention) =>
    inside(clause, mention.start),
  );
  const problem = named.find((mention) => mention.problem !== undefined);
  if (problem?.problem) return { doubt: problem.problem };
  const periods = [...new Set(named.map(({ period }) => period))];
  const [relative, ...otherRelatives] = phrases.relatives.filter((mention) =>
    inside(clause, mention.start),
  );
  if (otherRelatives.length > 0)
    return {
      doubt: `names ${otherRelatives.length + 1} periods relative to another`,
    };
  const [period, ...otherPeriods] = periods;
  if (otherPeriods.length > 0)
    return { doubt: `names ${periods.length} periods (${periods.join(", ")})` };
  const loose = phrases.looseSpanWords.find(({ start }) =>
    inside(clause, start),
  );
  if (loose)
    return {
      doubt: `says "${sentence.slice(loose.start, loose.end)}" without naming which`,
    };
  if (period !== undefined && relative)
    return { doubt: `names ${period} and a period relative to another` };
  if (period !== undefined) return { period };
  if (!relative) return { doubt: "names no period" };
  const earlier =
    base === undefined ? undefined : periodBefore(base, relative.back);
  return earlier === undefined
    ? {
        doubt: `names a period relative to another ("${sentence.slice(relative.start, relative.end)}") that is not certain`,
      }
    : { period: earlier };
}

export type SentencePeriods = {
  readonly amounts: readonly AmountPeriod[];
  /** Whether the sentence names a period outright; one that does not is no results sentence. */
  readonly namesPeriod: boolean;
  /** Where it compares with another period: what it dates there is not news. */
  readonly comparisons: readonly Span[];
};

/**
 * Each amount's period, from its own clause: the one period the clause names
 * outright; in a clause of comparison, else the period the comparison words
 * name relative to the first clause's ("the same period last year", "the
 * prior quarter"). A clause with a span word no phrase explains ("for the
 * quarter", "for the year") gives none.
 */
export function periodsOfAmounts(
  sentence: string,
  days: readonly DateInText[],
  amounts: readonly AmountInText[],
  calendarQuarters: boolean,
): SentencePeriods {
  const phrases = findPeriodPhrases(sentence, days, calendarQuarters);
  const clauses = clausesOf(sentence, amounts);
  const [first, ...comparisons] = clauses;
  const base = clauseAnswer(sentence, phrases, first, undefined).period;
  return {
    amounts: amounts.map((amount) => {
      const clause =
        clauses.findLast((candidate) => candidate.start <= amount.start) ??
        first;
      const resumed =
        clause !== first && amount.start > resumesAt(sentence, clause, amounts);
      return {
        ...amount,
        ...(resumed
          ? { doubt: "follows a comparison, and names no period of its own" }
          : clauseAnswer(sentence, phrases, clause, base)),
      };
    }),
    namesPeriod: phrases.mentions.length > 0,
    comparisons,
  };
}
