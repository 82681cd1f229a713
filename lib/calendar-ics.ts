import { createEvents, type EventAttributes } from "ics";
import { calendarDateParts, formatCalendarDate } from "@/lib/calendar-date";
import type { Call, DialIn } from "@/lib/content";
import { site } from "@/lib/site";

const numbersLine = (numbers: readonly DialIn[]) =>
  numbers.map((number) => `${number.label} ${number.display}`).join(", ");

function describe(call: Call, pageUrl: string): string {
  const lines: string[] = [];
  if (call.purpose) lines.push(`Purpose: ${call.purpose}`);
  if (call.dialIn.length > 0)
    lines.push(`Dial-in: ${numbersLine(call.dialIn)}`);
  if (call.webcast) {
    const { access, url } = call.webcast;
    lines.push(
      `Webcast: ${access.includes(url) ? access : `${access} (${url})`}`,
    );
  }
  const replay = call.telephoneReplay;
  if (replay) {
    const code =
      replay.code === undefined
        ? ""
        : `; ${replay.codeName ?? "code"} ${replay.code}`;
    const through =
      replay.through === undefined
        ? ""
        : `; through ${formatCalendarDate(replay.through)}`;
    lines.push(
      `Telephone replay: ${numbersLine(replay.numbers)}${code}${through}`,
    );
  }
  if (call.durationIsEstimate)
    lines.push(
      "Length: about an hour (an estimate; the release gives no end time)",
    );
  lines.push(`Details: ${pageUrl}`);
  return lines.join("\n");
}

function toEvent(call: Call): EventAttributes {
  const pageUrl = new URL(`/calls/${call.slug}`, site.url).href;
  const common = {
    uid: `${call.slug}@${site.url.hostname}`,
    title: call.title,
    description: describe(call, pageUrl),
    url: pageUrl,
    status: "CONFIRMED",
    duration: { minutes: call.durationMinutes },
  } as const;
  if (call.startsAt !== undefined) {
    return {
      ...common,
      start: call.startsAt,
      startInputType: "utc",
      startOutputType: "utc",
    };
  }
  // Without a time and zone the release gives only the day: an all-day event, not an invented hour.
  return {
    ...common,
    start: calendarDateParts(call.date),
    duration: { days: 1 },
  };
}

/** An RFC 5545 calendar of the given calls, with UTC times and one stable UID per call. */
export function callsToIcs(calls: readonly Call[]): string {
  const { error, value } = createEvents(calls.map(toEvent), {
    productId: `-//${site.company}//${site.name}//EN`,
    calName: `${site.company} conference calls`,
  });
  if (error || !value) throw error ?? new Error("ics produced no calendar");
  return value;
}
