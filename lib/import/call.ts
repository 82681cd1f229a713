import type { z } from "zod";
import type { CalendarDate } from "@/lib/time/calendar-date";
import { type callSchema, reviewPlaceholder } from "@/lib/content/authoring";
import { findPhoneNumbers, type PhoneInText } from "@/lib/text/phone";
import {
  findDates,
  findTimes,
  type TimeInText,
} from "@/lib/time/dates-in-text";
import { instantOf, zoneAfterTime } from "@/lib/time/zones-in-text";
import { setApartSectionOf } from "./notices";
import { findLinks } from "./links";
import type { ImportNote } from "./notes";
import { sentencesOf, type Sentence } from "@/lib/text/sentences";
import type { WireBlock } from "./wire-text";

export type CallInput = z.input<typeof callSchema>;

const callHeading = /\b(conference call|webcast|earnings call)\b/i;
const aboutCall = /\b(conference call|dial-in|webcast)\b/i;
const aboutReplay = /\b(replay|playback|rebroadcast|archived?)\b/i;
const aboutWebcast = /\bwebcast\b/i;
const availableUntil = /\b(through|until)\b/i;
const visit = /\bvisit(?:ing)?\s+(?<where>.+?)\.?$/;
/** "A live webcast … will be available at www.sonusnet.com." */
const availableAt =
  /\b(?:available|accessible|found)\s+(?:at|on)\s+(?<where>.+?)\.?$/;
/** Words of the live call, which a replay clause should not hold. */
const aboutLiveCall = /\b(dial-in|participate|live)\b/i;
const purposeAfterTime = /\b(?<purpose>to (discuss|review|present) .+?)\.?$/;
/** "The access code for the replay is 21190372", "reservation number: 21228369", "passcode 4471#", "code 2119 0372". */
const replayCode =
  /\b(?<name>access code|reservation number|conference id|confirmation (?:code|number)|pass ?code|pin(?: number)?|code)\b[^.\d]{0,40}?(?<code>\d[\d#*]*(?: \d[\d#*]*)*)/i;

/** The blocks about the call: the section under a conference call heading, else the paragraphs about it. */
export function callBlockIndexes(blocks: readonly WireBlock[]): number[] {
  const heading = blocks.findIndex(
    ({ kind, text }) => kind === "heading" && callHeading.test(text),
  );
  if (heading !== -1) {
    const next = blocks.findIndex(
      (block, index) => index > heading && block.kind === "heading",
    );
    const sectionEnd = next === -1 ? blocks.length : next;
    // Without a heading after it, the section ends at the legal notices, once no number to call follows.
    const lastWithNumber = blocks.findLastIndex(
      ({ text }, index) =>
        index < sectionEnd && findPhoneNumbers(text).length > 0,
    );
    const notices = blocks.findIndex(
      (block, index) =>
        index > Math.max(heading, lastWithNumber) &&
        index < sectionEnd &&
        setApartSectionOf(block) !== undefined,
    );
    const end = notices === -1 ? sectionEnd : notices;
    return Array.from(
      { length: end - heading - 1 },
      (_, offset) => heading + 1 + offset,
    );
  }
  return blocks.flatMap(({ kind, text }, index) =>
    kind === "paragraph" && aboutCall.test(text) ? [index] : [],
  );
}

/** Each number once, as first printed, though the text may repeat it. */
function distinctNumbers(found: readonly PhoneInText[]): { number: string }[] {
  const seen = new Set<string>();
  return found.flatMap(({ text, e164 }) => {
    if (seen.has(e164)) return [];
    seen.add(e164);
    return [{ number: text }];
  });
}

function firstLink(text: string): string | undefined {
  return findLinks(text).find(({ isEmail }) => !isEmail)?.url;
}

function webcastAt(
  sentence: string,
): { access: string; url: string } | undefined {
  const where = (visit.exec(sentence) ?? availableAt.exec(sentence))?.groups
    ?.where;
  const url = where && firstLink(where);
  return where && url ? { access: where, url } : undefined;
}

/** The day after "through" or "until"; a day written without its year is the first such day after the release. */
function dateAfterUntil(
  sentence: string,
  releaseDate: CalendarDate,
): CalendarDate | undefined {
  const until = availableUntil.exec(sentence);
  return until
    ? findDates(sentence, releaseDate, { forward: true }).find(
        ({ start }) => start > until.index,
      )?.date
    : undefined;
}

/** "A telephone playback …", or "The webcast will be available … through March 29, 2005". */
function isAboutReplay(sentence: string, releaseDate: CalendarDate): boolean {
  return (
    aboutReplay.test(sentence) ||
    dateAfterUntil(sentence, releaseDate) !== undefined
  );
}

/**
 * The clauses of a paragraph: its sentences, except that one which starts
 * about the live call and goes on, after a semicolon, about the replay is
 * parted there: "To participate, dial (888) 882-0115; a replay will be
 * available at …". A sentence that starts about the replay stays whole.
 */
function clausesOf(paragraph: string, releaseDate: CalendarDate): Sentence[] {
  return sentencesOf(paragraph).flatMap((sentence) => {
    const { text, start } = sentence;
    const parts = text.split(/(?<=;)\s+/);
    const replayPart = parts.findIndex((part) =>
      isAboutReplay(part, releaseDate),
    );
    if (replayPart < 1) return [sentence];
    const live = parts.slice(0, replayPart).join(" ");
    const replayStart = text.indexOf(parts[replayPart] ?? "", live.length);
    return [
      { text: text.slice(0, replayStart).trimEnd(), start },
      { text: text.slice(replayStart), start: start + replayStart },
    ];
  });
}

type Timing = Pick<CallInput, "date" | "time" | "zone" | "purpose">;
type LiveTime = {
  readonly paragraph: string;
  readonly sentence: Sentence | undefined;
  readonly time: TimeInText;
};

/** The times the call paragraphs give, but for those in a clause about the replay. */
function liveTimesIn(
  paragraphs: readonly string[],
  releaseDate: CalendarDate,
): LiveTime[] {
  return paragraphs.flatMap((paragraph) => {
    const sentences = sentencesOf(paragraph);
    const clauses = clausesOf(paragraph, releaseDate);
    return findTimes(paragraph, releaseDate).flatMap((time) => {
      const before = ({ start }: Sentence) => start <= time.start;
      const clause = clauses.findLast(before);
      return clause && isAboutReplay(clause.text, releaseDate)
        ? []
        : [{ paragraph, sentence: sentences.findLast(before), time }];
    });
  });
}

/** Later times that start another call: "4:30 p.m. ET (1:30 p.m. PT)" is one moment said twice. */
function otherStarts(
  first: LiveTime,
  later: readonly LiveTime[],
  releaseDate: CalendarDate,
): LiveTime[] {
  const startOf = ({ paragraph, time }: LiveTime) => {
    const day = time.date ?? first.time.date ?? releaseDate;
    const zone = zoneAfterTime(paragraph, time, day);
    return zone && instantOf(day, time.time, zone.zone);
  };
  const firstStart = startOf(first);
  return later.filter(
    (live) =>
      live.time.time !== first.time.time &&
      (firstStart === undefined || startOf(live) !== firstStart),
  );
}

/** The one day the sentence with the call's time names, or the days it names if not one. */
function callDays(
  { paragraph, sentence, time }: LiveTime,
  releaseDate: CalendarDate,
): CalendarDate[] {
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
  return [...days];
}

/** The call's day, start time and zone, from the first sentence that gives a time. */
function readTiming(
  paragraphs: readonly string[],
  releaseDate: CalendarDate,
  notes: ImportNote[],
): Timing | undefined {
  const [first, ...later] = liveTimesIn(paragraphs, releaseDate);
  if (!first) return undefined;
  const others = otherStarts(first, later, releaseDate);
  if (others.length > 0) {
    notes.push({
      field: "calls",
      message: `the text gives more than one start time (${[first, ...others].map(({ time }) => time.time).join(", ")}); only the first is imported as the call, add any other by hand`,
    });
  }
  const { paragraph, time } = first;
  const days = callDays(first, releaseDate);
  const [date, ...otherDays] = days;
  if (!date || otherDays.length > 0) {
    notes.push({
      field: "calls[0].date",
      message: date
        ? `the sentence with the call's time names ${days.join(" and ")}; add the call by hand`
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

function readReplay(
  clauses: readonly Sentence[],
  releaseDate: CalendarDate,
  notes: ImportNote[],
): CallInput["replay"] {
  const telephoneNumbers: PhoneInText[] = [];
  let code: { code: string; codeName: string } | undefined;
  let telephoneThrough: CalendarDate | undefined;
  let webcastThrough: CalendarDate | undefined;
  let webcast: { access: string; url: string } | undefined;
  for (const { text } of clauses) {
    const phones = findPhoneNumbers(text);
    telephoneNumbers.push(...phones);
    if (phones.length > 0 && aboutLiveCall.test(text)) {
      notes.push({
        field: "calls[0].replay.telephone.numbers",
        message: `${JSON.stringify(text)} speaks of the live call and of the replay; check that ${phones.map((phone) => phone.text).join(", ")} ${phones.length === 1 ? "is" : "are"} the replay's`,
      });
    }
    const codeMatch = replayCode.exec(text)?.groups;
    if (codeMatch?.code && codeMatch.name)
      code = { code: codeMatch.code, codeName: codeMatch.name };
    const mentionsWebcast = aboutWebcast.test(text);
    const webcastHere = mentionsWebcast ? webcastAt(text) : undefined;
    webcast = webcastHere ?? webcast;
    const through = dateAfterUntil(text, releaseDate);
    if (through && !findDates(text).some(({ date }) => date === through)) {
      notes.push({
        field: "calls[0].replay",
        message: `${JSON.stringify(text)} gives no year; read as ${through}, the first such day after the release; check it`,
      });
    }
    // "A replay of the call and webcast … through May 12, 2005 by calling … or by visiting …" ends both.
    const endsTelephoneReplay = phones.length > 0 || !mentionsWebcast;
    const endsWebcastReplay =
      mentionsWebcast && (phones.length === 0 || webcastHere !== undefined);
    if (through && endsTelephoneReplay) telephoneThrough = through;
    if (through && endsWebcastReplay) webcastThrough = through;
  }
  if (webcastThrough && !webcast) {
    notes.push({
      field: "calls[0].replay.webcast",
      message: `the webcast replay runs through ${webcastThrough}, but no sentence says where ("visit …", "available at …"); add it by hand`,
    });
  }
  const telephone =
    telephoneNumbers.length > 0
      ? {
          numbers: distinctNumbers(telephoneNumbers),
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

  const clauses = paragraphs.flatMap((paragraph) =>
    clausesOf(paragraph, releaseDate),
  );
  const aboutReplayByClause = new Map(
    clauses.map((clause) => [clause, isAboutReplay(clause.text, releaseDate)]),
  );
  const replayClauses = clauses.filter((clause) =>
    aboutReplayByClause.get(clause),
  );
  const liveClauses = clauses.filter(
    (clause) => !aboutReplayByClause.get(clause),
  );
  const dialIn = distinctNumbers(
    liveClauses.flatMap(({ text }) => findPhoneNumbers(text)),
  );
  const webcast = liveClauses
    .filter(({ text }) => aboutWebcast.test(text))
    .map(({ text }) => webcastAt(text))
    .find(Boolean);
  for (const { text } of liveClauses) {
    const liveCode = replayCode.exec(text)?.groups;
    if (liveCode?.code) {
      notes.push({
        field: "calls[0]",
        message: `the live call's ${liveCode.name} ${liveCode.code} has no field in the content format; it stays in the body`,
      });
    }
  }
  const replay = readReplay(replayClauses, releaseDate, notes);
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
