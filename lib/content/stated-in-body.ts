import type { CalendarDate } from "@/lib/time/calendar-date";
import { findDates, findTimes } from "@/lib/time/dates-in-text";
import { sentencesOf } from "@/lib/text/sentences";
import type { SourceSentence } from "./model";
import type { Paragraph } from "./render";

/** Where the body states a fact: the sentence naming a day (and time), or holding a quote. */

export const foldSpace = (text: string) => text.replace(/\s+/g, " ").trim();

export function sentencesIn(
  paragraphs: readonly Paragraph[],
): SourceSentence[] {
  return paragraphs.flatMap(({ id, text }) =>
    sentencesOf(foldSpace(text)).map((sentence) => ({
      quote: sentence.text,
      paragraphId: id,
    })),
  );
}

/** The paragraph that holds a quote word for word, among paragraphs whose white space is folded. */
export function locate(
  foldedParagraphs: readonly Paragraph[],
  quote: string,
): SourceSentence | undefined {
  const wanted = foldSpace(quote);
  const paragraph = foldedParagraphs.find(({ text }) => text.includes(wanted));
  return paragraph && { quote: wanted, paragraphId: paragraph.id };
}

/**
 * Whether the sentence names the day; "today" is the release date, and a day
 * without its year is the nearest such day, or with `forward` (a replay's
 * last day: "through January 31") the first one after the release.
 */
function namesDay(
  sentence: string,
  date: CalendarDate,
  releaseDate: CalendarDate,
  forward: boolean,
): boolean {
  return findDates(sentence, releaseDate, { forward }).some(
    (named) => named.date === date,
  );
}

/** Whether the sentence states this wall-clock time ("8:30 am", "4:45 p.m."), given as HH:MM. */
function namesTime(sentence: string, time: string): boolean {
  return findTimes(sentence).some((named) => named.time === time);
}

/**
 * The first sentence of the body (after the dateline) that names the day and,
 * if one is given, the time: the sentence announcing a call names both. When
 * none states that time, the one stating some time, so the error can quote it.
 */
export function sentenceNaming(
  paragraphs: readonly Paragraph[],
  releaseDate: CalendarDate,
  date: CalendarDate,
  { time, forward = false }: { time?: string; forward?: boolean } = {},
): (SourceSentence & { timeLine: string }) | undefined {
  const sentences = sentencesIn(paragraphs);
  const naming = sentences.flatMap((sentence, index) => {
    if (!namesDay(sentence.quote, date, releaseDate, forward)) return [];
    // "Date: Thursday, April 28, 2005" then "Time: 4:45 p.m. Eastern Time": a call in labelled lines.
    const next = sentences[index + 1]?.quote;
    const timeLine =
      time !== undefined &&
      next !== undefined &&
      findTimes(sentence.quote).length === 0 &&
      findTimes(next).length > 0 &&
      findDates(next, releaseDate).length === 0
        ? `${sentence.quote} ${next}`
        : sentence.quote;
    return [{ ...sentence, timeLine }];
  });
  if (time === undefined) return naming[0];
  return (
    naming.find(({ timeLine }) => namesTime(timeLine, time)) ??
    naming.find(({ timeLine }) => findTimes(timeLine).length > 0) ??
    naming[0]
  );
}
