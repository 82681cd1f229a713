import type { Root } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import { callWindow } from "@/lib/calls/call-status";
import { findTimes } from "@/lib/time/dates-in-text";
import { zoneAfterTime } from "@/lib/time/zones-in-text";
import { findPhoneNumbers } from "@/lib/text/phone";
import { endOfDayEpochMs, wallClockToEpochMs } from "@/lib/time/instants";
import type { ContentProblem } from "./errors";
import type { Call, CallFrontMatter, DialIn } from "./schema";

/** Releases give no length for their calls; an hour is the usual slot, shown as an estimate. */
const ASSUMED_DURATION_MINUTES = 60;

type DialInFrontMatter = CallFrontMatter["dialIn"][number];

/** The release's label if it gives one; otherwise only what the number itself tells. */
function toDialIn({ number, label }: DialInFrontMatter): DialIn {
  return {
    ...number,
    label: label ?? (number.tollFree ? "Toll-free" : "Toll"),
  };
}

type Derived = { calls: Call[]; problems: ContentProblem[] };

/** Turns a release's call front matter into calls with instants, slugs and labelled numbers. */
export function deriveCalls(
  file: string,
  releaseSlug: string,
  calls: readonly CallFrontMatter[],
): Derived {
  const problems: ContentProblem[] = [];
  const headlinePart = releaseSlug.slice("YYYY-MM-DD-".length);
  // "…-results-call" already says it: no "…-results-call-call".
  const callPart = headlinePart.endsWith("-call")
    ? headlinePart
    : `${headlinePart}-call`;
  const derived = calls.map((call, index): Call => {
    const field = `calls[${index}]`;
    let startsAt: number | undefined;
    if (call.time !== undefined && call.zone !== undefined) {
      try {
        startsAt = wallClockToEpochMs(call.date, call.time, call.zone);
      } catch {
        problems.push({
          file,
          field: `${field}.time`,
          message: `${call.time} on ${call.date} does not exist, or happens twice, in ${call.zone} (a daylight-saving change)`,
        });
      }
    }
    const durationMinutes = call.durationMinutes ?? ASSUMED_DURATION_MINUTES;
    const endsAt =
      startsAt === undefined ? undefined : startsAt + durationMinutes * 60_000;
    const window = callWindow({ date: call.date, startsAt, endsAt });
    const endOfDay = (date: typeof call.date | undefined) =>
      date !== undefined && call.zone !== undefined
        ? endOfDayEpochMs(date, call.zone)
        : undefined;

    const telephone = call.replay?.telephone;
    const webcast = call.replay?.webcast;
    const telephoneEndsAt = endOfDay(telephone?.through);
    const webcastEndsAt = endOfDay(webcast?.through);
    for (const [name, through, replayEndsAt] of [
      ["replay.telephone.through", telephone?.through, telephoneEndsAt],
      ["replay.webcast.through", webcast?.through, webcastEndsAt],
    ] as const) {
      if (
        through !== undefined &&
        (through < call.date ||
          (replayEndsAt !== undefined && replayEndsAt <= window.endsAt))
      ) {
        problems.push({
          file,
          field: `${field}.${name}`,
          message: `the replay would end on ${through}, before the call on ${call.date} is over`,
        });
      }
    }
    return {
      slug: `${call.date}-${callPart}${index === 0 ? "" : `-${index + 1}`}`,
      releaseSlug,
      title: call.title,
      purpose: call.purpose,
      date: call.date,
      time: call.time,
      zone: call.zone,
      startsAt,
      endsAt,
      window,
      durationMinutes,
      durationIsEstimate: call.durationMinutes === undefined,
      dialIn: call.dialIn.map(toDialIn),
      webcast: call.webcast,
      telephoneReplay: telephone && {
        numbers: telephone.numbers.map(toDialIn),
        code: telephone.code,
        codeName: telephone.codeName ?? "code",
        through: telephone.through,
        endsAt: telephoneEndsAt,
      },
      webcastReplay: webcast && {
        access: webcast.access,
        url: webcast.url,
        through: webcast.through,
        endsAt: webcastEndsAt,
      },
    };
  });
  return { calls: derived, problems };
}

const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

/**
 * Whether `phrase` stands in `text` as whole words: "21228369" in "is
 * 21228369." and "286#" in "passcode 286#", but not "2122" in "21228369".
 */
function containsWords(text: string, phrase: string): boolean {
  const boundaries = new Set([text.length]);
  for (const { index } of wordSegmenter.segment(text)) boundaries.add(index);
  for (
    let at = text.indexOf(phrase);
    at !== -1;
    at = text.indexOf(phrase, at + 1)
  ) {
    if (boundaries.has(at) && boundaries.has(at + phrase.length)) return true;
  }
  return false;
}

/**
 * The call's time and zone against the sentence of the body announcing it:
 * the time is one the sentence states, and the zone the one it names right
 * after that time ("Eastern", "ET", "CDT"), an abbreviation naming standard
 * or summer time being the one the zone keeps on the call's day. A sentence
 * that names no zone is reported, not taken to mean the data's.
 */
export function findCallTimeProblems(
  file: string,
  index: number,
  { date, time, zone }: Pick<Call, "date" | "time" | "zone">,
  sentence: string,
): ContentProblem[] {
  if (time === undefined) return [];
  const quoted = JSON.stringify(sentence);
  const stated = findTimes(sentence).find((named) => named.time === time);
  if (!stated) {
    return [
      {
        file,
        field: `calls[${index}].time`,
        message: `${time} is not the time the body gives for the call: ${quoted}`,
      },
    ];
  }
  if (zone === undefined) return [];
  const named = zoneAfterTime(sentence, stated, date);
  const message = !named
    ? `the body names no US time zone after the call's time, so ${zone} is unchecked; review the release, and leave zone out if it names none: ${quoted}`
    : named.zone !== zone
      ? `${zone} is not the zone the body gives for the call (${named.written}, ${named.zone}): ${quoted}`
      : named.contradiction && `${named.contradiction}: ${quoted}`;
  return message ? [{ file, field: `calls[${index}].zone`, message }] : [];
}

/**
 * The call data must say what the release says: each of its numbers and codes
 * appears in the body, and each number in the body belongs to a call (contact
 * numbers are front matter, not body), so a call the data leaves out is caught.
 */
export function findCallProblems(
  file: string,
  calls: readonly CallFrontMatter[],
  tree: Root,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bodyText = tree.children.map((node) => mdastText(node)).join("\n\n");
  const bodyNumbers = findPhoneNumbers(bodyText);

  const dataNumbers = new Set<string>();
  calls.forEach((call, index) => {
    const numbered: [string, DialInFrontMatter[]][] = [
      [`calls[${index}].dialIn`, call.dialIn],
      [
        `calls[${index}].replay.telephone.numbers`,
        call.replay?.telephone?.numbers ?? [],
      ],
    ];
    for (const [field, list] of numbered) {
      list.forEach(({ number }, position) => {
        dataNumbers.add(number.e164);
        if (!bodyNumbers.some(({ e164 }) => e164 === number.e164)) {
          problems.push({
            file,
            field: `${field}[${position}].number`,
            message: `${number.text} does not appear in the release body`,
          });
        }
      });
    }
    const code = call.replay?.telephone?.code;
    if (code !== undefined && !containsWords(bodyText, code)) {
      problems.push({
        file,
        field: `calls[${index}].replay.telephone.code`,
        message: `"${code}" does not appear in the release body`,
      });
    }
  });

  for (const { e164, text: written } of bodyNumbers) {
    if (!dataNumbers.has(e164)) {
      problems.push({
        file,
        field: "calls",
        message: `the body gives the number ${written}, which is in no call's dial-in or replay numbers`,
      });
    }
  }
  return problems;
}
