import { createEvents, type EventAttributes } from "ics";
import { describeDuration } from "@/lib/calls/call-phase";
import { openAndRecentCalls } from "@/lib/calls/recent-calls";
import {
  calendarDateParts,
  formatCalendarDate,
  nextDay,
  type CalendarDate,
} from "@/lib/time/calendar-date";
import { formatLocalTime } from "@/lib/time/instants";
import { callKindWords } from "@/lib/calls/call-kinds";
import type { Call, DialIn, Webcast } from "@/lib/content";
import { site } from "@/lib/site/config";
import { absoluteUrl, routes } from "@/lib/site/routes";

const numbersLine = (numbers: readonly DialIn[]) =>
  numbers.map((number) => `${number.label} ${number.display}`).join(", ");

const throughText = (through: CalendarDate | undefined) =>
  through === undefined ? "" : `; through ${formatCalendarDate(through)}`;

function describe(call: Call, pageUrl: string): string {
  const lines: string[] = [callKindWords[call.kind].label];
  if (call.place) lines.push(`Place: ${call.place}`);
  if (call.speakers.length > 0)
    lines.push(`Speakers: ${call.speakers.join("; ")}`);
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
        `${callKindWords[call.kind].webcastReplay}: ${webcastLine(replay)}${throughText(replay.through)}`,
      );
    }
  }
  if (call.timing.kind === "local")
    lines.push(
      `Time: ${formatLocalTime(call.date, call.timing.time, call.place)}; the release gives no time zone`,
    );
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
  } as const;
  const duration = { minutes: call.durationMinutes };
  switch (call.timing.kind) {
    case "exact":
      return {
        ...common,
        start: call.timing.startsAt,
        duration,
        startInputType: "utc",
        startOutputType: "utc",
      };
    case "local": {
      // A floating time (RFC 5545, 3.3.5): the same wall clock in every
      // calendar, as the release prints it, since it gives no zone.
      const [hour = 0, minute = 0] = call.timing.time.split(":").map(Number);
      return {
        ...common,
        start: [...calendarDateParts(call.date), hour, minute],
        duration,
        startInputType: "local",
        startOutputType: "local",
      };
    }
    case "day": {
      // Only the day: an all-day event, not an invented hour. Its end is the
      // next day, exclusive (the library writes a day's duration as "P1DT",
      // which RFC 5545 does not allow).
      return {
        ...common,
        start: calendarDateParts(call.date),
        end: calendarDateParts(nextDay(call.date)),
      };
    }
  }
}

/** An RFC 5545 calendar of the given calls, with UTC times and one stable UID per call. */
export function callsToIcs(calls: readonly Call[]): string {
  const { error, value } = createEvents(calls.map(toEvent), {
    productId: `-//${site.company}//${site.name}//EN`,
    calName: `${site.company} calls and events`,
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
