import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { loadReleases } from "@/lib/content/authoring";
import {
  addConfirmedSubscriber,
  recordingMailer,
  watchedStore,
} from "@/lib/testing/alerts";
import {
  contentWith,
  HOSTILE_RELEASE,
  SEED_2004,
  SEED_2005,
} from "@/lib/testing/alerts-send";
import { alertsConfig } from "./config";
import { callReminder, type ExactCall } from "./messages";
import { reminderDue, sendAlerts } from "./send";

const seeds = loadReleases("content");
const [march2005] = seeds;
const call2005 = march2005?.calls[0];
/** 16:45 Eastern on March 3, 2005, as the release states it: 21:45 UTC. */
const callStart = Date.UTC(2005, 2, 3, 21, 45);
const HOUR = 3_600_000;

async function subscribed(emails: string[], now: number) {
  const store = watchedStore();
  for (const email of emails)
    await addConfirmedSubscriber(store, email, {
      topics: { releases: true, calls: true },
      at: now,
    });
  return store;
}

function run(
  store: ReturnType<typeof watchedStore>,
  releases = seeds,
  now = Date.UTC(2026, 0, 1),
) {
  const mailer = recordingMailer();
  const lines: string[] = [];
  const result = sendAlerts({
    config: alertsConfig({ SITE_URL: "https://ir.example.com" }),
    store,
    mailer,
    releases,
    now: () => now,
    batchSize: 2,
    log: (line) => lines.push(line),
  });
  return result.then(({ sent }) => ({ sent, messages: mailer.sent, lines }));
}

describe("reminderDue", () => {
  it("gives the day-before reminder from 24 hours to an hour before the start, then the hour-before one, then none", () => {
    if (!call2005) throw new Error("the 2005 release announces a call");
    expect(reminderDue(call2005, callStart - 24 * HOUR - 1)).toBeUndefined();
    expect(reminderDue(call2005, callStart - 24 * HOUR)).toBe("day");
    expect(reminderDue(call2005, callStart - HOUR - 1)).toBe("day");
    expect(reminderDue(call2005, callStart - HOUR)).toBe("hour");
    expect(reminderDue(call2005, callStart - 1)).toBe("hour");
    expect(reminderDue(call2005, callStart)).toBeUndefined();
  });
});

describe("sendAlerts", () => {
  it("sends nothing for what was on the site at the first run, then each new release once to those confirmed before it", async () => {
    const store = await subscribed(["early@example.com"], 10);
    expect((await run(store)).sent).toBe(0);
    await addConfirmedSubscriber(store, "late@example.com", {
      topics: { releases: true, calls: false },
      at: Date.UTC(2026, 0, 3),
    });

    const withHostile = loadReleases(
      contentWith([SEED_2004, SEED_2005, HOSTILE_RELEASE]),
    );
    const second = await run(store, withHostile, Date.UTC(2026, 0, 2));
    expect(second.messages.map(({ to }) => to)).toEqual(["early@example.com"]);
    const [alert] = second.messages;
    expect(alert?.subject).toContain(
      `Hostile "Quotes" & 'Apostrophes' </script>`,
    );
    expect(alert?.html).not.toMatch(/<(script|img|svg)\b|<meta http-equiv/i);
    expect(alert?.text).toContain("June 1, 2005");
    expect(alert?.text).toContain(
      "https://ir.example.com/releases/2005-06-01-hostile-content-stays-inert",
    );
    expect(alert?.unsubscribeUrl).toMatch(
      /^https:\/\/ir\.example\.com\/alerts\/unsubscribe\?token=[\w-]{43}$/,
    );
    expect(alert?.messageId).toBe(
      "<release.2005-06-01-hostile-content-stays-inert.1@ir.example.com>",
    );

    expect((await run(store, withHostile, Date.UTC(2026, 0, 4))).sent).toBe(0);
  });

  it("reminds subscribers of a call a day before and an hour before, with its time in Eastern and UTC, its numbers and a calendar file", async () => {
    const store = await subscribed(
      ["a@example.com", "b@example.com", "c@example.com"],
      0,
    );
    await run(store, seeds, callStart - 30 * HOUR);
    const dayBefore = await run(store, seeds, callStart - 20 * HOUR);
    expect(dayBefore.sent).toBe(3);
    expect(dayBefore.lines).toEqual([
      "alerts: 3 to send for 1 due item(s)",
      "alerts: batch 1: 2 of 3 sent",
      "alerts: batch 2: 3 of 3 sent",
    ]);
    const [reminder] = dayBefore.messages;
    expect(reminder?.subject).toBe(
      "Reminder: Conference call and webcast on the preliminary fourth quarter 2004 results, Thursday, March 3, 2005 at 4:45 PM EST",
    );
    expect(reminder?.text).toContain(
      "Thursday, March 3, 2005 at 4:45 PM EST (21:45 UTC on March 3, 2005)",
    );
    for (const printed of [
      "(888) 882-0115",
      "(415) 537-1985",
      "http://www.sonusnet.com",
    ]) {
      expect(reminder?.text).toContain(printed);
      expect(reminder?.html).toContain(printed);
    }
    expect(reminder?.html).toContain('href="tel:+18888820115"');
    const [calendar] = reminder?.attachments ?? [];
    const vevent = new ICAL.Component(
      ICAL.parse(calendar?.content ?? ""),
    ).getFirstSubcomponent("vevent");
    if (!vevent) throw new Error("the calendar file has no event");
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toJSDate().getTime()).toBe(callStart);

    expect((await run(store, seeds, callStart - 2 * HOUR)).sent).toBe(0);
    const hourBefore = await run(store, seeds, callStart - 30 * 60_000);
    expect(
      hourBefore.messages.map(({ subject }) => subject.split(":")[0]),
    ).toEqual(Array(3).fill("Starting within the hour"));
    expect((await run(store, seeds, callStart - 10 * 60_000)).sent).toBe(0);
  });
});

describe("a call reminder", () => {
  it("lists the dial-in numbers as every page does: toll-free first, in national form", () => {
    const call: ExactCall | undefined =
      call2005?.timing.kind === "exact"
        ? { ...call2005, timing: call2005.timing }
        : undefined;
    if (!call) throw new Error("the 2005 seed call has an exact time");
    const reminder = callReminder(
      call,
      "day",
      "https://ir.example.com/alerts/unsubscribe?token=t",
    );
    // The release prints (888) 882-0115 or (415) 537-1985.
    expect(reminder.text).toContain(
      "Dial in:\n  Toll-free: (888) 882-0115\n  Toll: (415) 537-1985\n",
    );
    expect(reminder.html).toContain(">(888) 882-0115</a>");
  });
});
