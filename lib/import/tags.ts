import type { CalendarDate } from "@/lib/time/calendar-date";
import {
  type DateInText,
  findDates,
  findTimes,
  type TimeInText,
} from "@/lib/time/dates-in-text";
import { findPhoneNumbers, type PhoneInText } from "@/lib/text/phone";
import { sentencesOf } from "@/lib/text/sentences";
import { findLinks, type LinkInText } from "@/lib/text/links";
import type { WireBlock } from "./layout";

/**
 * A sentence (or a line of a contact block) with what the field libraries
 * find in it, read once: days and times (chrono-node), telephone numbers
 * (libphonenumber-js), web and e-mail addresses (linkify-it). Extractors read
 * these tags and the sentence's words, never the raw text again.
 */
export type Tagged = {
  readonly text: string;
  /** The body block it stands in; -1 outside the body. */
  readonly block: number;
  /** Days named; one without its year is the first such day on or after the release. */
  readonly days: readonly DateInText[];
  /** Days written out in full, which need no reference day. */
  readonly fullDays: readonly DateInText[];
  readonly times: readonly TimeInText[];
  readonly phones: readonly PhoneInText[];
  readonly links: readonly LinkInText[];
};

export function tag(
  text: string,
  releaseDate: CalendarDate,
  block = -1,
): Tagged {
  return {
    text,
    block,
    days: findDates(text, releaseDate, { forward: true }),
    fullDays: findDates(text),
    times: findTimes(text, releaseDate),
    phones: findPhoneNumbers(text),
    links: findLinks(text),
  };
}

/** Words that tell of a replay, and those before the day one runs until. */
export const replayWord = /\b(replay|playback|rebroadcast|archived?)\b/i;
export const untilWord = /\b(through|until)\b/i;

/**
 * The clauses of a paragraph: its sentences, except that one which starts
 * about the live call and goes on, after a semicolon, about the replay is
 * parted there: "To participate, dial (888) 882-0115; a replay will be
 * available at …".
 */
function clausesOf(paragraph: string): string[] {
  return sentencesOf(paragraph).flatMap(({ text }) => {
    const parts = text.split(/(?<=;)\s+/);
    const replayPart = parts.findIndex(
      (part) => replayWord.test(part) || untilWord.test(part),
    );
    return replayPart < 1
      ? [text]
      : [
          parts.slice(0, replayPart).join(" "),
          parts.slice(replayPart).join(" "),
        ];
  });
}

/** Every clause of the body's paragraphs, tagged. */
export function tagBody(
  blocks: readonly WireBlock[],
  releaseDate: CalendarDate,
): Tagged[] {
  return blocks.flatMap(({ kind, text }, index) =>
    kind === "paragraph"
      ? clausesOf(text).map((clause) => tag(clause, releaseDate, index))
      : [],
  );
}
