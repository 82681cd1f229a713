import type { ElementContent } from "hast";
import { h } from "hastscript";
import type { Call, Release } from "@/lib/content";
import { whatAndWhere } from "@/lib/calls/call-kinds";
import { callsToIcs } from "@/lib/publish/calendar-ics";
import { site } from "@/lib/site/config";
import { absoluteUrl, routes } from "@/lib/site/routes";
import { telHref } from "@/lib/text/phone";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { formatInZone, formatUtc } from "@/lib/time/instants";
import { HOUR_MS } from "@/lib/time/durations";
import { htmlDocument } from "./html-document";
import type { OutgoingMessage } from "./mailer";
import { CONFIRMATION_LIFETIME_MS, type Topics } from "./store";

type Composed = Pick<
  OutgoingMessage,
  "subject" | "text" | "html" | "attachments"
>;

/** A message's HTML part, in the one builder of the alerts' HTML. */
const messageHtml = (title: string, body: ElementContent[]) =>
  htmlDocument({
    title,
    bodyProperties: {
      style: "font-family: sans-serif; line-height: 1.5; max-width: 40em",
    },
    body,
  });

const link = (href: string, text = href) => h("a", { href }, text);

function topicsText({ releases, calls }: Topics): string {
  if (releases && calls)
    return "new press releases and reminders of calls and events";
  return releases ? "new press releases" : "reminders of calls and events";
}

const lifetimeHours = CONFIRMATION_LIFETIME_MS / HOUR_MS;

export function confirmationMessage(
  topics: Topics,
  confirmUrl: string,
): Composed {
  const subject = `Confirm your ${site.company} e-mail alerts`;
  const asked = `Someone, we hope you, asked for ${topicsText(topics)} from ${site.name} to be sent to this address.`;
  const ignore = `Nothing more will be sent unless you confirm. If it was not you, ignore this message: the request is forgotten after ${lifetimeHours} hours.`;
  return {
    subject,
    text: `${asked}\n\nTo confirm, open this link:\n${confirmUrl}\n\n${ignore}\n`,
    html: messageHtml(subject, [
      h("p", asked),
      h("p", [link(confirmUrl, "Confirm my alerts")]),
      h("p", ignore),
    ]),
  };
}

/**
 * The answer to "manage my alerts", sent only to an address that has them:
 * what it receives, a link to stop at once, and how to change the choice
 * (sign up again; the new choice replaces the old when confirmed).
 */
export function manageMessage(
  topics: Topics,
  unsubscribeUrl: string,
): Composed {
  const subject = `Your ${site.company} e-mail alerts`;
  const receives = `This address receives ${topicsText(topics)} from ${site.name}. Someone, we hope you, asked how to change or stop them.`;
  const change = `To change what you receive, sign up again with your new choice at ${absoluteUrl(routes.alerts)}; it replaces this one once you confirm it.`;
  const ignore =
    "If it was not you, ignore this message: nothing changes unless you follow a link.";
  return {
    subject,
    text: `${receives}\n\nTo stop all alerts at once, open this link:\n${unsubscribeUrl}\n\n${change}\n\n${ignore}\n`,
    html: messageHtml(subject, [
      h("p", receives),
      h("p", [link(unsubscribeUrl, "Stop all my alerts")]),
      h("p", change),
      h("p", ignore),
    ]),
  };
}

function footer(why: string, unsubscribeUrl: string) {
  return {
    text: `\n--\n${why}\nUnsubscribe at once, no login: ${unsubscribeUrl}\n`,
    html: [
      h("hr"),
      h("p", [
        why,
        " ",
        link(unsubscribeUrl, "Unsubscribe"),
        " (at once, no login).",
      ]),
    ],
  };
}

export function releaseAlert(
  release: Release,
  unsubscribeUrl: string,
): Composed {
  const url = absoluteUrl(routes.release(release.slug));
  const date = formatCalendarDate(release.date);
  const end = footer(
    `You receive this because you asked ${site.name} for new press releases.`,
    unsubscribeUrl,
  );
  return {
    subject: release.headline,
    text: `${release.headline}\n${date}\n\n${release.summary}\n\nRead the release: ${url}\n${end.text}`,
    html: messageHtml(release.headline, [
      h("h1", release.headline),
      h("p", date),
      h("p", release.summary),
      h("p", [link(url, "Read the release")]),
      ...end.html,
    ]),
  };
}

/** How far ahead a reminder is sent: a day before a call's start, and an hour before. */
export type ReminderLead = "day" | "hour";

/** A call whose release gives its start time and zone: only such a call can be reminded of. */
export type ExactCall = Call & { readonly timing: { readonly kind: "exact" } };

export function callReminder(
  call: ExactCall,
  lead: ReminderLead,
  unsubscribeUrl: string,
): Composed {
  const url = absoluteUrl(routes.call(call.slug));
  const eastern = formatInZone(call.timing.startsAt, site.zone);
  const utc = formatUtc(call.timing.startsAt);
  // The day-before reminder may go out anywhere from 24 hours to an hour ahead: the subject says when, not "tomorrow".
  const subject =
    lead === "day"
      ? `Reminder: ${call.title}, ${eastern}`
      : `Starting within the hour: ${call.title}, ${eastern}`;
  const numbers = call.dialIn.map((number) => ({
    ...number,
    line: `${number.label}: ${number.display}`,
  }));
  const end = footer(
    `You receive this because you asked ${site.name} for reminders of calls and events.`,
    unsubscribeUrl,
  );
  const webcast = call.webcast;
  const about = [...whatAndWhere(call), ...call.speakers];
  return {
    subject,
    text: [
      call.title,
      ...(about.length > 0 ? [about.join(" · ")] : []),
      `${eastern} (${utc})`,
      "",
      ...(numbers.length > 0
        ? ["Dial in:", ...numbers.map(({ line }) => `  ${line}`)]
        : []),
      ...(webcast ? [`Webcast: ${webcast.url}`] : []),
      "",
      `Details and replay: ${url}`,
      end.text,
    ].join("\n"),
    html: messageHtml(subject, [
      h("h1", call.title),
      ...(about.length > 0 ? [h("p", about.join(" · "))] : []),
      h("p", [h("strong", eastern), ` (${utc})`]),
      ...(numbers.length > 0
        ? [
            h("p", "Dial in:"),
            h(
              "ul",
              numbers.map((number) =>
                h("li", [
                  `${number.label}: `,
                  link(telHref(number), number.display),
                ]),
              ),
            ),
          ]
        : []),
      ...(webcast ? [h("p", ["Webcast: ", link(webcast.url)])] : []),
      h("p", [link(url, "Details and replay")]),
      ...end.html,
    ]),
    attachments: [
      {
        filename: `${call.slug}.ics`,
        content: callsToIcs([call]),
        contentType: "text/calendar; charset=utf-8; method=PUBLISH",
      },
    ],
  };
}
