import type { z } from "zod";
import type { callSchema } from "@/lib/content/authoring";
import { replayWord, type Tagged, untilWord } from "./tags";

/** What the live call and its replays share: codes, numbers, webcast places and closing days. */

export type CallInput = z.input<typeof callSchema>;

export const aboutWebcast = /\bwebcast\b/i;
/** "The access code for the replay is 21190372", "Conference ID: 1234567", "passcode 4471#", "code 2119 0372". */
export const callCode =
  /\b(?<name>access code|reservation number|conference id|confirmation (?:code|number)|pass ?code|pin(?: number)?|code)\b[^.\d]{0,40}?(?<code>\d[\d#*]*(?: \d[\d#*]*)*)/i;
/** Where a webcast is: "visit www.…", "go to the … site at http://…", "available at www.…", or the value of a "Webcast:" line. */
const webcastPlace =
  /\b(?:visit(?:ing)?|go(?:ing)? to|log(?:ging)? on(?:to| to))\s+(?<visit>.+?)\.?$|\b(?:available|accessible|found)\s+(?:at|on)\s+(?<at>.+?)\.?$|^[^:]{1,40}:\s+(?<value>.+?)\.?$/;
const untilClause = new RegExp(String.raw`\s+${untilWord.source}.*$`, "i");
/** A line label that says what a number is for rather than what kind it is: "Dial-in:". */
const generalNumberLabel = /dial|call|phone|number|participa|listen/i;

/** The day after "through" or "until"; one written without its year is the first such day after the release. */
export function dayUntil(unit: Tagged) {
  const until = untilWord.exec(unit.text);
  return until ? unit.days.find(({ start }) => start > until.index) : undefined;
}

export const isAboutReplay = (unit: Tagged) =>
  replayWord.test(unit.text) || dayUntil(unit) !== undefined;

/** Each number once, as first printed, with the label of its line when that says what kind it is. */
export function distinctNumbers(
  units: readonly Tagged[],
): { number: string; label?: string }[] {
  const seen = new Set<string>();
  return units.flatMap(({ text, phones }) => {
    const label = /^([^:]{1,30}):/.exec(text)?.[1];
    const kind = label && !generalNumberLabel.test(label) ? { label } : {};
    return phones.flatMap(({ text: number, e164 }) => {
      if (seen.has(e164)) return [];
      seen.add(e164);
      return [{ number, ...kind }];
    });
  });
}

export function webcastAt(
  unit: Tagged,
): { access: string; url: string } | undefined {
  const match = webcastPlace.exec(unit.text);
  // "…available at www.… through May 12, 2005": the day is the replay's end, not part of the place.
  const where = (
    match?.groups?.visit ??
    match?.groups?.at ??
    match?.groups?.value
  )?.replace(untilClause, "");
  const from = where === undefined ? -1 : unit.text.lastIndexOf(where);
  const link = unit.links.find(
    ({ isEmail, start }) => !isEmail && start >= from,
  );
  return where && link ? { access: where, url: link.url } : undefined;
}
