import { reviewPlaceholder } from "@/lib/content/authoring";
import { instantOf, zoneAfterTime } from "@/lib/time/zones-in-text";
import type { TimeInText } from "@/lib/time/dates-in-text";
import type { WireBlock } from "./layout";
import type { ImportNote } from "./notes";
import { setApartSectionOf } from "./notices";
import { readReplay } from "./replay";
import {
  aboutWebcast,
  callCode,
  type CallInput,
  distinctNumbers,
  isAboutReplay,
  webcastAt,
} from "./call-parts";
import type { Tagged } from "./tags";

const callHeading = /\b(conference call|webcast|earnings call|presentation)\b/i;
const aboutCall =
  /\b(conference call|dial-in|webcast|will present|presentation)\b/i;
const purposeAfterTime = /\b(?<purpose>to (discuss|review|present) .+?)\.?$/;

/** The blocks about the call: the section under a call heading, else the paragraphs about it. */
export function callBlockIndexes(
  blocks: readonly WireBlock[],
  units: readonly Tagged[],
): number[] {
  // "Conference Call Information", or a label line: "Conference call details:".
  const heading = blocks.findIndex(
    ({ kind, text }) =>
      (kind === "heading" || kind === "label") && callHeading.test(text),
  );
  if (heading === -1)
    return blocks.flatMap(({ kind, text }, index) =>
      kind === "paragraph" && aboutCall.test(text) ? [index] : [],
    );
  const next = blocks.findIndex(
    (block, index) => index > heading && block.kind === "heading",
  );
  const sectionEnd = next === -1 ? blocks.length : next;
  // Without a heading after it, the section ends at the legal notices, once no number to call follows.
  const lastWithNumber =
    units.findLast(
      ({ block, phones }) => block < sectionEnd && phones.length > 0,
    )?.block ?? -1;
  const notices = blocks.findIndex(
    (block, index) =>
      index > Math.max(heading, lastWithNumber) &&
      index < sectionEnd &&
      setApartSectionOf(block),
  );
  const end = notices === -1 ? sectionEnd : notices;
  return Array.from(
    { length: end - heading - 1 },
    (_, offset) => heading + 1 + offset,
  );
}

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
  const days = time.date
    ? [time.date]
    : named([unit]).length > 0
      ? named([unit])
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

/** The call's day, start time, zone and purpose, from the first time the live call's sentences give. */
function readTiming(live: readonly Tagged[], notes: ImportNote[]) {
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
          `the text names no zone after "${printed}": delete this line to show the time as printed, without a zone`,
        ),
    ...(purpose && { purpose }),
  };
}

/**
 * The call or webcast presentation a release announces, from the sentences
 * about it: when (with its zone), dial-in numbers, webcast and replays.
 */
export function readCall(units: readonly Tagged[]): {
  call: CallInput | undefined;
  notes: ImportNote[];
} {
  const notes: ImportNote[] = [];
  if (units.length === 0) return { call: undefined, notes };
  const live = units.filter((unit) => !isAboutReplay(unit));
  const timing = readTiming(live, notes);
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
  const replay = readReplay(units.filter(isAboutReplay), notes);
  if (dialIn.length === 0 && !webcast)
    notes.push({
      field: "calls[0].dialIn",
      message: "no dial-in number or webcast found",
    });
  const { date, time, zone, purpose } = timing;
  return {
    call: {
      title: reviewPlaceholder("a title for the call's page"),
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
