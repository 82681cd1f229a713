import { createEvents, type EventAttributes } from "ics";
import { describeDuration } from "@/lib/calls/call-phase";
import { openAndRecentCalls } from "@/lib/calls/recent-calls";
import {
  calendarDateParts,
  formatCalendarDate,
  type CalendarDate,
} from "@/lib/time/calendar-date";
import type { Call, DialIn, Webcast } from "@/lib/content";
import { site } from "@/lib/site/config";
import { absoluteUrl, routes } from "@/lib/site/routes";

const numbersLine = (numbers: readonly DialIn[]) =>
  numbers.map((number) => `${number.label} ${number.international}`).join(", ");

const throughText = (through: CalendarDate | undefined) =>
  through === undefined ? "" : `; through ${formatCalendarDate(through)}`;

function describe(call: Call, pageUrl: string): string {
  const lines: string[] = [];
  if (call.purpose) lines.push(`Purpose: ${call.purpose}`);
  if (call.dialIn.length > 0)
    lines.push(`Dial-in: ${numbersLine(call.dialIn)}`);
  const webcastLine = ({ access, url }: Webcast) =>
    access.includes(url) ? access : `${access} (${url})`;
  if (call.webcast) lines.push(`Webcast: ${webcastLine(call.webcast)}`);
  for (const replay of call.replays) {
    if (replay.channel === "telephone") {
      const code =
        replay.code === undefined ? "" : `; ${replay.codeName} ${replay.code}`;
      lines.push(
        `Telephone replay: ${numbersLine(replay.numbers)}${code}${throughText(replay.through)}`,
      );
    } else {
      lines.push(
        `Webcast replay: ${webcastLine(replay)}${throughText(replay.through)}`,
      );
    }
  }
  lines.push(`Length: ${describeDuration(call)}`);
  lines.push(`Details: ${pageUrl}`);
  return lines.join("\n");
}

function toEvent(call: Call): EventAttributes {
  const pageUrl = absoluteUrl(routes.call(call.slug));
  const common = {
    uid: `${call.slug}@${site.url.hostname}`,
    title: call.title,
    description: describe(call, pageUrl),
    url: pageUrl,
    status: "CONFIRMED",
    duration: { minutes: call.durationMinutes },
  } as const;
  if (call.timing.kind === "exact") {
    return {
      ...common,
      start: call.timing.startsAt,
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

/** Two years of quarterly results calls. */
const RECENT_CALLS_IN_CALENDAR = 8;

/**
 * The calls the site-wide calendar carries at `now`, from calls latest
 * first: every call a subscriber may still dial into or replay, and the
 * latest that are over, so a new subscriber sees the rhythm of the calls
 * without twenty years of them.
 */
export function siteCalendarCalls(calls: readonly Call[], now: number): Call[] {
  const { open, recent } = openAndRecentCalls(
    calls,
    now,
    RECENT_CALLS_IN_CALENDAR,
  );
  return [...open, ...recent];
}
