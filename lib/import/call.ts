import type { z } from "zod";
import type { CalendarDate } from "@/lib/calendar-date";
import { reviewPlaceholder } from "@/lib/content/review";
import type { callSchema } from "@/lib/content/schema";
import { findPhoneNumbers } from "@/lib/phone";
import { findDates, findTimes } from "@/lib/dates-in-text";
import { zoneAfterTime } from "./zones";
import { findLinks } from "./links";
import type { ImportNote } from "./notes";
import { sentencesOf, type Sentence } from "@/lib/sentences";
import type { WireBlock } from "./wire-text";

export type CallInput = z.input<typeof callSchema>;

const callHeading = /\b(conference call|webcast|earnings call)\b/i;
const aboutCall = /\b(conference call|dial-in|webcast)\b/i;
const aboutReplay = /\b(replay|playback|rebroadcast|archived?)\b/i;
const aboutWebcast = /\bwebcast\b/i;
const availableUntil = /\b(through|until)\b/i;
const visit = /\bvisit\s+(?<where>.+?)\.?$/;
const purposeAfterTime = /\b(?<purpose>to (discuss|review|present) .+?)\.?$/;
/** "The access code for the replay is 21190372", "reservation number: 21228369", "passcode 4471#". */
const replayCode =
  /\b(?<name>access code|reservation number|conference id|confirmation (?:code|number)|pass ?code|pin(?: number)?|code)\b[^.\d]{0,40}?(?<code>\d[\d#*]*)/i;

/** The blocks about the call: the section under a conference call heading, else the paragraphs about it. */
export function callBlockIndexes(blocks: readonly WireBlock[]): number[] {
  const heading = blocks.findIndex(
    ({ kind, text }) => kind === "heading" && callHeading.test(text),
  );
  if (heading !== -1) {
    const next = blocks.findIndex(
      (block, index) => index > heading && block.kind === "heading",
    );
    const end = next === -1 ? blocks.length : next;
    return Array.from(
      { length: end - heading - 1 },
      (_, offset) => heading + 1 + offset,
    );
  }
  return blocks.flatMap(({ kind, text }, index) =>
    kind === "paragraph" && aboutCall.test(text) ? [index] : [],
  );
}

function firstLink(text: string): string | undefined {
  return findLinks(text).find(({ isEmail }) => !isEmail)?.url;
}

function webcastAt(
  sentence: string,
): { access: string; url: string } | undefined {
  const where = visit.exec(sentence)?.groups?.where;
  const url = where && firstLink(where);
  return where && url ? { access: where, url } : undefined;
}

function dateAfterUntil(sentence: string): CalendarDate | undefined {
  const until = availableUntil.exec(sentence);
  return until
    ? findDates(sentence).find(({ start }) => start > until.index)?.date
    : undefined;
}

/** "A telephone playback …", or "The webcast will be available … through March 29, 2005". */
function isAboutReplay(sentence: string): boolean {
  return aboutReplay.test(sentence) || dateAfterUntil(sentence) !== undefined;
}

type Timing = Pick<CallInput, "date" | "time" | "zone" | "purpose">;

/** The call's day, start time and zone, from the first sentence that gives a time. */
function readTiming(
  paragraphs: readonly string[],
  releaseDate: CalendarDate,
  notes: ImportNote[],
): Timing | undefined {
  const liveTimes = paragraphs.flatMap((paragraph) => {
    const sentences = sentencesOf(paragraph);
    return findTimes(paragraph, releaseDate).flatMap((time) => {
      const sentence = sentences.findLast(({ start }) => start <= time.start);
      return sentence && isAboutReplay(sentence.text)
        ? []
        : [{ paragraph, sentence, time }];
    });
  });
  const [first, ...later] = liveTimes;
  if (later.some(({ time }) => time.time !== first?.time.time)) {
    notes.push({
      field: "calls",
      message: `the text gives more than one start time (${liveTimes.map(({ time }) => time.time).join(", ")}); only the first is imported as the call, add any other by hand`,
    });
  }
  if (first) {
    const { paragraph, sentence, time } = first;
    const sentenceEnd = sentence
      ? sentence.start + sentence.text.length
      : paragraph.length;
    const days = new Set(
      findDates(
        paragraph.slice(sentence?.start ?? 0, sentenceEnd),
        releaseDate,
      ).map(({ date }) => date),
    );
    if (time.date) days.add(time.date);
    const [date, ...others] = days;
    if (!date || others.length > 0) {
      notes.push({
        field: "calls[0].date",
        message: date
          ? `the sentence with the call's time names ${[...days].join(" and ")}; add the call by hand`
          : "no day found beside the call's time; add the call by hand",
      });
      return undefined;
    }
    const zone = zoneAfterTime(paragraph, time, date);
    if (!zone)
      notes.push({
        field: "calls[0].zone",
        message: `no time zone named after "${paragraph.slice(time.start, time.end)}"; left out`,
      });
    if (zone?.contradiction)
      notes.push({
        field: "calls[0].zone",
        message: `${zone.contradiction}; left out`,
      });
    const [afterTime] = sentencesOf(paragraph.slice(time.end));
    const purpose =
      afterTime && purposeAfterTime.exec(afterTime.text)?.groups?.purpose;
    return {
      date,
      time: time.time,
      ...(zone && !zone.contradiction && { zone: zone.zone }),
      ...(purpose && { purpose }),
    };
  }
  return undefined;
}

function readReplay(
  sentences: readonly Sentence[],
  notes: ImportNote[],
): CallInput["replay"] {
  const telephoneNumbers: string[] = [];
  let code: { code: string; codeName: string } | undefined;
  let telephoneThrough: CalendarDate | undefined;
  let webcastThrough: CalendarDate | undefined;
  let webcast: { access: string; url: string } | undefined;
  for (const { text } of sentences) {
    const isWebcast = aboutWebcast.test(text);
    telephoneNumbers.push(...findPhoneNumbers(text).map((phone) => phone.text));
    const codeMatch = replayCode.exec(text)?.groups;
    if (codeMatch?.code && codeMatch.name)
      code = { code: codeMatch.code, codeName: codeMatch.name };
    const through = dateAfterUntil(text);
    if (through && isWebcast) webcastThrough = through;
    else if (through) telephoneThrough = through;
    if (isWebcast) webcast = webcastAt(text) ?? webcast;
  }
  if (webcastThrough && !webcast) {
    notes.push({
      field: "calls[0].replay.webcast",
      message: `the webcast replay runs through ${webcastThrough}, but no "visit …" sentence says where; add it by hand`,
    });
  }
  const telephone =
    telephoneNumbers.length > 0
      ? {
          numbers: telephoneNumbers.map((number) => ({ number })),
          ...code,
          ...(telephoneThrough && { through: telephoneThrough }),
        }
      : undefined;
  if (!telephone && (code || telephoneThrough)) {
    notes.push({
      field: "calls[0].replay.telephone",
      message:
        "a telephone replay is described but no number to call; add it by hand",
    });
  }
  const webcastReplay = webcast && {
    ...webcast,
    ...(webcastThrough && { through: webcastThrough }),
  };
  return telephone || webcastReplay
    ? {
        ...(telephone && { telephone }),
        ...(webcastReplay && { webcast: webcastReplay }),
      }
    : undefined;
}

/**
 * The conference call a release announces: when (with its zone), dial-in
 * numbers, webcast, and the telephone and webcast replays. Labels such as
 * "To listen via telephone:" stand as their own blocks and are skipped.
 */
export function readCall(
  blocks: readonly WireBlock[],
  releaseDate: CalendarDate,
): { call: CallInput | undefined; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const paragraphs = blocks
    .filter(({ kind }) => kind === "paragraph")
    .map(({ text }) => text);
  if (paragraphs.length === 0) return { call: undefined, notes };

  const timing = readTiming(paragraphs, releaseDate, notes);
  if (!timing) {
    if (!notes.some(({ field }) => field === "calls[0].date")) {
      notes.push({
        field: "calls[0].time",
        message:
          "the text is about a call but gives no start time; add the call by hand",
      });
    }
    return { call: undefined, notes };
  }

  const sentences = paragraphs.flatMap(sentencesOf);
  const replaySentences = sentences.filter(({ text }) => isAboutReplay(text));
  const liveSentences = sentences.filter(({ text }) => !isAboutReplay(text));
  const dialIn = liveSentences.flatMap(({ text }) =>
    findPhoneNumbers(text).map((phone) => ({ number: phone.text })),
  );
  const webcast = liveSentences
    .filter(({ text }) => aboutWebcast.test(text))
    .map(({ text }) => webcastAt(text))
    .find(Boolean);
  for (const { text } of liveSentences) {
    const liveCode = replayCode.exec(text)?.groups;
    if (liveCode?.code) {
      notes.push({
        field: "calls[0]",
        message: `the live call's ${liveCode.name} ${liveCode.code} has no field in the content format; it stays in the body`,
      });
    }
  }
  const replay = readReplay(replaySentences, notes);
  if (dialIn.length === 0)
    notes.push({
      field: "calls[0].dialIn",
      message: "no dial-in number found",
    });

  return {
    call: {
      title: reviewPlaceholder("a title for the call's page"),
      ...(timing.purpose && { purpose: timing.purpose }),
      date: timing.date,
      ...(timing.time && { time: timing.time }),
      ...(timing.zone && { zone: timing.zone }),
      dialIn,
      ...(webcast && { webcast }),
      ...(replay && { replay }),
    },
    notes,
  };
}
