import { callWindow } from "@/lib/calls/call-phase";
import { findTimes } from "@/lib/time/dates-in-text";
import { zoneAfterTime } from "@/lib/time/zones-in-text";
import { endOfDayEpochMs, wallClockToEpochMs } from "@/lib/time/instants";
import type { ContentProblem } from "./errors";
import type { CallFrontMatter } from "./schema";
import { callKindWords, type CallKind } from "@/lib/calls/call-kinds";
import type { CalendarDate } from "@/lib/time/calendar-date";
import type { Call, CallTiming, DialIn, Replay } from "./model";
import type { CheckDescription } from "./checks/rule";

/** A check made here, as docs/adding-releases.md lists it (everyCheck). */
export const timesExistCheck: CheckDescription = {
  name: "times-exist",
  description:
    "A call's time and a release's time of issue exist on their day in their zone: not skipped or repeated by a daylight-saving change.",
};

/** A check made here, as docs/adding-releases.md lists it (everyCheck). */
export const replayAfterCallCheck: CheckDescription = {
  name: "replay-after-call",
  description: "A replay ends after its call is over.",
};

/** A check made here, as docs/adding-releases.md lists it (everyCheck). */
export const callTimeAndZoneCheck: CheckDescription = {
  name: "call-time-and-zone",
  description:
    'A call\'s time and zone are the ones its sentence gives (or, for a "Date:" line, the "Time:" line after it); EST or EDT agrees with the date; a sentence naming no zone is reported for review.',
};

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

/**
 * Numbers in one order on every call, whatever order the release prints them
 * in: toll-free first, as a US reader dials, then the rest as printed.
 */
const toDialIns = (numbers: readonly DialInFrontMatter[]): DialIn[] =>
  numbers
    .map(toDialIn)
    .toSorted((a, b) => Number(b.tollFree) - Number(a.tollFree));

type Derived = { calls: Call[]; problems: ContentProblem[] };

/** The call's timing: an instant when its time exists in its zone on its day; else its day. */
function timingOf(
  call: CallFrontMatter,
  durationMinutes: number,
  report: (problem: Omit<ContentProblem, "file">) => void,
): CallTiming {
  const { date, time, zone } = call;
  if (time === undefined) return { kind: "day", zone };
  if (zone === undefined) return { kind: "local", time };
  try {
    const startsAt = wallClockToEpochMs(date, time, zone);
    const endsAt = startsAt + durationMinutes * 60_000;
    return { kind: "exact", time, zone, startsAt, endsAt };
  } catch {
    report({
      field: "time",
      message: `${time} on ${date} does not exist, or happens twice, in ${zone} (a daylight-saving change)`,
    });
    return { kind: "day", zone };
  }
}

/** The call's replays, telephone first, each ending at the end of its last day in the call's zone. */
function replaysOf({ replay, zone }: CallFrontMatter): Replay[] {
  const endOfDay = (date: CalendarDate | undefined) =>
    date !== undefined && zone !== undefined
      ? endOfDayEpochMs(date, zone)
      : undefined;
  const { telephone, webcast } = replay ?? {};
  return [
    ...(telephone
      ? [
          {
            channel: "telephone" as const,
            numbers: toDialIns(telephone.numbers),
            code: telephone.code,
            codeName: telephone.codeName ?? "code",
            through: telephone.through,
            endsAt: endOfDay(telephone.through),
          },
        ]
      : []),
    ...(webcast
      ? [
          {
            channel: "webcast" as const,
            access: webcast.access,
            url: webcast.url,
            through: webcast.through,
            endsAt: endOfDay(webcast.through),
          },
        ]
      : []),
  ];
}

/** Turns a release's call front matter into calls with instants, slugs and labelled numbers. */
export function deriveCalls(
  file: string,
  releaseSlug: string,
  calls: readonly CallFrontMatter[],
): Derived {
  const problems: ContentProblem[] = [];
  const headlinePart = releaseSlug.slice("YYYY-MM-DD-".length);
  // "…-results-call" already says it: no "…-results-call-call".
  const slugPart = (kind: CallKind) => {
    const suffix = `-${callKindWords[kind].urlWord}`;
    return headlinePart.endsWith(suffix)
      ? headlinePart
      : `${headlinePart}${suffix}`;
  };
  const derived = calls.map((call, index): Call => {
    const field = `calls[${index}]`;
    const report = (problem: Omit<ContentProblem, "file">) =>
      problems.push({ ...problem, file, field: `${field}.${problem.field}` });
    const durationMinutes = call.durationMinutes ?? ASSUMED_DURATION_MINUTES;
    const timing = timingOf(call, durationMinutes, report);
    const exact = timing.kind === "exact" ? timing : undefined;
    const window = callWindow({
      date: call.date,
      startsAt: exact?.startsAt,
      endsAt: exact?.endsAt,
      localTime:
        timing.kind === "local"
          ? { time: timing.time, durationMinutes }
          : undefined,
    });
    const replays = replaysOf(call);
    for (const { channel, through, endsAt } of replays) {
      if (
        through !== undefined &&
        (through < call.date ||
          (endsAt !== undefined && endsAt <= window.endsAt))
      )
        report({
          field: `replay.${channel}.through`,
          message: `the replay would end on ${through}, before the call on ${call.date} is over`,
        });
    }
    return {
      slug: `${call.date}-${slugPart(call.kind)}${index === 0 ? "" : `-${index + 1}`}`,
      releaseSlug,
      kind: call.kind,
      title: call.title,
      purpose: call.purpose,
      place: call.place,
      speakers: call.speakers,
      date: call.date,
      timing,
      window,
      durationMinutes,
      durationIsEstimate: call.durationMinutes === undefined,
      dialIn: toDialIns(call.dialIn),
      webcast: call.webcast,
      replays,
    };
  });
  return { calls: derived, problems };
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
  { date, time, zone }: Pick<CallFrontMatter, "date" | "time" | "zone">,
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
