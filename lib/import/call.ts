import { reviewPlaceholder } from "@/lib/content/authoring";
import { instantOf, zoneAfterTime } from "@/lib/time/zones-in-text";
import type { TimeInText } from "@/lib/time/dates-in-text";
import type { ImportNote } from "./notes";
import { readReplay } from "./replay";
import {
  aboutWebcast,
  callCode,
  type CallInput,
  distinctNumbers,
  isAboutReplay,
  webcastAt,
} from "./call-parts";
import { describeEvent } from "./presentation";
import type { Tagged } from "./tags";

export { callBlockIndexes } from "./call-blocks";

const purposeAfterTime = /\b(?<purpose>to (discuss|review|present) .+?)\.?$/;
/** The day's line of a call given in labelled lines: "Date: Thursday, April 28, 2005", "When: …". */
const dayLabel = /^(?:date|when|day)\b[^:]{0,20}:/i;

type LiveTime = { readonly unit: Tagged; readonly time: TimeInText };

/** The call's day: the one beside its time, else the one day the live call's sentences name. */
function callDay(
  { unit, time }: LiveTime,
  live: readonly Tagged[],
  notes: ImportNote[],
) {
  const named = (units: readonly Tagged[]) => [
    ...new Set(units.flatMap(({ days }) => days.map(({ date }) => date))),
  ];
  // A "Date:" line names the call's day even when other sentences name the release's.
  const dayLines = live.filter(({ text }) => dayLabel.test(text));
  const days = time.date
    ? [time.date]
    : named([unit]).length > 0
      ? named([unit])
      : named(dayLines).length > 0
        ? named(dayLines)
        : named(live);
  if (days.length === 1) return days[0];
  notes.push({
    field: "calls[0].date",
    message:
      days.length > 1
        ? `the sentences about the live call name ${days.join(" and ")}; add the call by hand`
        : "no day found beside the call's time; add the call by hand",
  });
  return undefined;
}

/**
 * The call's day, start time, zone and purpose, from the first time the live
 * call's sentences give. A place they print is named in the request for a
 * zone they do not.
 */
function readTiming(
  live: readonly Tagged[],
  place: string | undefined,
  notes: ImportNote[],
) {
  const times = live.flatMap((unit) =>
    unit.times.map((time) => ({ unit, time })),
  );
  const [first, ...later] = times;
  if (!first) return undefined;
  const date = callDay(first, live, notes);
  if (!date) return undefined;
  const startOf = ({ unit, time }: LiveTime) => {
    const zone = zoneAfterTime(unit.text, time, date);
    return zone && instantOf(time.date ?? date, time.time, zone.zone);
  };
  // "4:30 p.m. ET (1:30 p.m. PT)" is one moment said twice.
  const firstStart = startOf(first);
  const others = later.filter(
    (other) =>
      other.time.time !== first.time.time &&
      (firstStart === undefined || startOf(other) !== firstStart),
  );
  if (others.length > 0)
    notes.push({
      field: "calls",
      message: `the text gives more than one start time (${[first, ...others].map(({ time }) => time.time).join(", ")}); only the first is imported as the call, add any other by hand`,
    });
  const zone = zoneAfterTime(first.unit.text, first.time, date);
  const printed = first.unit.text.slice(first.time.start, first.time.end);
  if (zone?.contradiction)
    notes.push({
      field: "calls[0].zone",
      message: `${zone.contradiction}; left out`,
    });
  if (!zone)
    notes.push({
      field: "calls[0].zone",
      message: `no time zone named after "${printed}"; not guessed`,
    });
  const purpose = purposeAfterTime.exec(first.unit.text.slice(first.time.end))
    ?.groups?.purpose;
  return {
    date,
    time: first.time.time,
    zone: zone
      ? zone.contradiction
        ? undefined
        : zone.zone
      : reviewPlaceholder(
          place
            ? `the text names no zone after "${printed}", only the place, ${place}: write that place's zone, or delete this line to show the time as printed, without a zone`
            : `the text names no zone after "${printed}": delete this line to show the time as printed, without a zone`,
        ),
    ...(purpose && { purpose }),
  };
}

/**
 * The call or presentation a release announces, from the sentences about
 * it: what it is, when (with its zone), dial-in numbers, webcast and replays.
 */
export function readCall(units: readonly Tagged[]): {
  call: CallInput | undefined;
  notes: ImportNote[];
} {
  const notes: ImportNote[] = [];
  if (units.length === 0) return { call: undefined, notes };
  const live = units.filter((unit) => !isAboutReplay(unit));
  const what = describeEvent(live);
  const timing = readTiming(live, what.place, notes);
  if (!timing) {
    if (!notes.some(({ field }) => field === "calls[0].date"))
      notes.push({
        field: "calls[0].time",
        message:
          "the text is about a call but gives no start time; add the call by hand",
      });
    return { call: undefined, notes };
  }
  for (const { text } of live) {
    const code = callCode.exec(text)?.groups;
    if (code?.code)
      notes.push({
        field: "calls[0]",
        message: `the live call's ${code.name} ${code.code} has no field in the content format; it stays in the body`,
      });
  }
  const dialIn = distinctNumbers(live);
  const webcast = live
    .filter(({ text }) => aboutWebcast.test(text))
    .map(webcastAt)
    .find(Boolean);
  const replay = readReplay(units.filter(isAboutReplay), webcast, notes);
  if (dialIn.length === 0 && !webcast)
    notes.push({
      field: "calls[0].dialIn",
      message: "no dial-in number or webcast found",
    });
  const { date, time, zone, purpose } = timing;
  return {
    call: {
      ...what,
      ...(purpose && { purpose }),
      date,
      time,
      ...(zone && { zone }),
      dialIn,
      ...(webcast && { webcast }),
      ...(replay && { replay }),
    },
    notes,
  };
}
