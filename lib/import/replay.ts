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

type Replay = NonNullable<CallInput["replay"]>;

/**
 * The telephone and webcast replays, from the clauses about them: numbers,
 * the code and its name, the last day of each, and where the webcast is.
 */
export function readReplay(
  units: readonly Tagged[],
  notes: ImportNote[],
): Replay | undefined {
  let code: { code: string; codeName: string } | undefined;
  let telephoneThrough: CalendarDate | undefined;
  let webcastThrough: CalendarDate | undefined;
  let webcast: { access: string; url: string } | undefined;
  for (const unit of units) {
    const { text, phones, fullDays } = unit;
    if (phones.length > 0 && aboutLiveCall.test(text))
      notes.push({
        field: "calls[0].replay.telephone.numbers",
        message: `${JSON.stringify(text)} speaks of the live call and of the replay; check that ${phones.map((phone) => phone.text).join(", ")} ${phones.length === 1 ? "is" : "are"} the replay's`,
      });
    const codeMatch = callCode.exec(text)?.groups;
    if (codeMatch?.code && codeMatch.name)
      code = { code: codeMatch.code, codeName: codeMatch.name };
    const mentionsWebcast = aboutWebcast.test(text);
    const webcastHere = mentionsWebcast ? webcastAt(unit) : undefined;
    webcast = webcastHere ?? webcast;
    const through = dayUntil(unit)?.date;
    if (through && !fullDays.some(({ date }) => date === through))
      notes.push({
        field: "calls[0].replay",
        message: `${JSON.stringify(text)} gives no year; read as ${through}, the first such day after the release; check it`,
      });
    // "A replay of the call and webcast … through May 12, 2005 by calling … or by visiting …" ends both.
    if (through && (phones.length > 0 || !mentionsWebcast))
      telephoneThrough = through;
    if (through && mentionsWebcast && (phones.length === 0 || webcastHere))
      webcastThrough = through;
  }
  if (webcastThrough && !webcast)
    notes.push({
      field: "calls[0].replay.webcast",
      message: `the webcast replay runs through ${webcastThrough}, but no sentence says where ("visit …", "available at …"); add it by hand`,
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
