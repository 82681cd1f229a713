import type { CalendarDate } from "@/lib/time/calendar-date";
import type { TimeInText } from "@/lib/time/dates-in-text";
import { wallClockToEpochMs, zoneAbbreviation } from "@/lib/time/instants";
import { withoutPunctuation, zoneNamed } from "@/lib/time/zone-names";

const meridiem = new Set(["am", "pm", "a.m.", "p.m."]);

/** The instant of a wall-clock time, or undefined for a time the day skips or repeats (the build reports those). */
export function instantOf(
  date: CalendarDate,
  time: string,
  zone: string,
): number | undefined {
  try {
    return wallClockToEpochMs(date, time, zone);
  } catch {
    return undefined;
  }
}

function abbreviationOn(
  date: CalendarDate,
  time: string,
  zone: string,
): string | undefined {
  const instant = instantOf(date, time, zone);
  return instant === undefined ? undefined : zoneAbbreviation(instant, zone);
}

export type StatedZone = {
  readonly zone: string;
  /** As the release writes it: "Eastern", "EDT". */
  readonly written: string;
  /** Set when the release names standard or summer time but the zone keeps the other on that day. */
  readonly contradiction: string | undefined;
};

/**
 * The zone a release names right after a time: "8:30 am Eastern",
 * "4:45 p.m. Eastern time", "10:30 am EDT", "10:30 a.m. (Eastern Daylight Time)",
 * "noon Eastern".
 */
export function zoneAfterTime(
  text: string,
  time: TimeInText,
  date: CalendarDate | undefined,
): StatedZone | undefined {
  const words = text.slice(time.start).split(/\s+/).map(withoutPunctuation);
  const isMeridiem = (word: string | undefined) =>
    word !== undefined &&
    (meridiem.has(word.toLowerCase()) ||
      meridiem.has(`${word}.`.toLowerCase()));
  const clock = words.findIndex(
    (word, index) =>
      /^\d{1,2}:\d{2}$/.test(word) ||
      /^(noon|midnight)$/i.test(word) ||
      (/^\d{1,2}$/.test(word) && isMeridiem(words[index + 1])),
  );
  if (clock === -1) return undefined;
  let next = clock + 1;
  while (isMeridiem(words[next])) next += 1;
  const written = words[next] ?? "";
  const named = zoneNamed(written);
  if (!named) return undefined;
  const season = words[next + 1];
  const abbreviation =
    named.abbreviation ??
    (season === "Standard"
      ? named.standard
      : season === "Daylight"
        ? named.daylight
        : undefined);
  const actual =
    abbreviation && date && abbreviationOn(date, time.time, named.zone);
  const contradiction =
    actual && actual !== abbreviation
      ? `the release says ${abbreviation}, but ${named.zone} keeps ${actual} on ${date}`
      : undefined;
  return { zone: named.zone, written, contradiction };
}
