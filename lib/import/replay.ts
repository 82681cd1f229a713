import type { CalendarDate } from "@/lib/time/calendar-date";
import {
  aboutWebcast,
  callCode,
  type CallInput,
  dayUntil,
  distinctNumbers,
  webcastAt,
} from "./call-parts";
import type { ImportNote } from "./notes";
import type { Tagged } from "./tags";

/** Words of the live call, which a replay clause should not hold. */
const aboutLiveCall = /\b(dial-in|participate|live)\b/i;
/** "…at the same address through October 7, 2005": where the live webcast is. */
const sameAsLive = /\bsame (?:address|site|web ?site|location|page)\b/i;

type Replay = NonNullable<CallInput["replay"]>;
type Webcast = { access: string; url: string };

/**
 * Where a replay clause says its webcast is. A clause without a number to
 * call that sends the reader to a web address ("To access the replay, go to
 * … at http://…") is about the webcast's replay even when it does not say
 * "webcast"; "the same address" is the live webcast's.
 */
function webcastPlaceOf(
  unit: Tagged,
  liveWebcast: Webcast | undefined,
): Webcast | undefined {
  const mentionsWebcast = aboutWebcast.test(unit.text);
  const sendsToWeb =
    unit.phones.length === 0 && unit.links.some(({ isEmail }) => !isEmail);
  const statedHere =
    mentionsWebcast || sendsToWeb ? webcastAt(unit) : undefined;
  return (
    statedHere ??
    (mentionsWebcast && sameAsLive.test(unit.text) ? liveWebcast : undefined)
  );
}

/** The last day a replay clause gives; one written without its year is noted. */
function replayEnd(
  unit: Tagged,
  notes: ImportNote[],
): CalendarDate | undefined {
  const through = dayUntil(unit)?.date;
  if (through && !unit.fullDays.some(({ date }) => date === through))
    notes.push({
      field: "calls[0].replay",
      message: `${JSON.stringify(unit.text)} gives no year; read as ${through}, the first such day after the release; check it`,
    });
  return through;
}

/**
 * The telephone and webcast replays, from the clauses about them: numbers,
 * the code and its name, the last day of each, and where the webcast is.
 */
export function readReplay(
  units: readonly Tagged[],
  liveWebcast: Webcast | undefined,
  notes: ImportNote[],
): Replay | undefined {
  let code: { code: string; codeName: string } | undefined;
  let telephoneThrough: CalendarDate | undefined;
  let webcastThrough: CalendarDate | undefined;
  let webcast: Webcast | undefined;
  for (const unit of units) {
    const { text, phones } = unit;
    if (phones.length > 0 && aboutLiveCall.test(text))
      notes.push({
        field: "calls[0].replay.telephone.numbers",
        message: `${JSON.stringify(text)} speaks of the live call and of the replay; check that ${phones.map((phone) => phone.text).join(", ")} ${phones.length === 1 ? "is" : "are"} the replay's`,
      });
    const codeMatch = callCode.exec(text)?.groups;
    if (codeMatch?.code && codeMatch.name)
      code = { code: codeMatch.code, codeName: codeMatch.name };
    const webcastHere = webcastPlaceOf(unit, liveWebcast);
    const mentionsWebcast =
      aboutWebcast.test(text) || webcastHere !== undefined;
    webcast = webcastHere ?? webcast;
    const through = replayEnd(unit, notes);
    // "A replay of the call and webcast … through May 12, 2005 by calling … or by visiting …" ends both.
    if (through && (phones.length > 0 || !mentionsWebcast))
      telephoneThrough = through;
    if (through && mentionsWebcast && (phones.length === 0 || webcastHere))
      webcastThrough = through;
  }
  if (webcastThrough && !webcast)
    notes.push({
      field: "calls[0].replay.webcast",
      message: `the webcast replay runs through ${webcastThrough}, but no sentence says where ("visit …", "go to …", "available at …"); add it by hand`,
    });
  const numbers = distinctNumbers(units);
  if (numbers.length === 0 && (code || telephoneThrough))
    notes.push({
      field: "calls[0].replay.telephone",
      message:
        "a telephone replay is described but no number to call; add it by hand",
    });
  const telephone = numbers.length > 0 && {
    numbers,
    ...code,
    ...(telephoneThrough && { through: telephoneThrough }),
  };
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
