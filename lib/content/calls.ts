import { callWindow } from "@/lib/calls/call-status";
import { findTimes } from "@/lib/time/dates-in-text";
import { zoneAfterTime } from "@/lib/time/zones-in-text";
import { endOfDayEpochMs, wallClockToEpochMs } from "@/lib/time/instants";
import type { ContentProblem } from "./errors";
import type { CallFrontMatter } from "./schema";
import type { Call, DialIn, Replay } from "./model";

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
    const replays: Replay[] = [
      ...(telephone
        ? [
            {
              channel: "telephone" as const,
              numbers: telephone.numbers.map(toDialIn),
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
    for (const { channel, through, endsAt: replayEndsAt } of replays) {
      if (
        through !== undefined &&
        (through < call.date ||
          (replayEndsAt !== undefined && replayEndsAt <= window.endsAt))
      ) {
        problems.push({
          file,
          field: `${field}.replay.${channel}.through`,
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
