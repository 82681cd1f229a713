import { HOUR_MS } from "@/lib/time/durations";
import { routes } from "@/lib/site/routes";
import { alertPageResponse } from "./pages";
import { readForm } from "./requests";
import { CONFIRMATION_LIFETIME_MS, type AlertStore } from "./store";
import { tokenHash, tokenSchema } from "./tokens";

/**
 * The links in alert messages. Opening one only shows a button: mail
 * scanners open links, and must not confirm or unsubscribe anyone. The
 * button posts back to the same address, as a List-Unsubscribe-Post client
 * does (RFC 8058), and the token in the address is the only authority.
 */

function tokenOf(request: Request): string | undefined {
  const parsed = tokenSchema.safeParse(
    new URL(request.url).searchParams.get("token"),
  );
  return parsed.success ? parsed.data : undefined;
}

const incompleteLink = () =>
  alertPageResponse({
    status: 400,
    title: "This link is incomplete",
    paragraphs: [
      "Open the link from the message again, or copy the whole of it into the address bar.",
    ],
  });

const withToken = (path: string, token: string) =>
  `${path}?${new URLSearchParams({ token })}`;

export function showConfirmation(request: Request): Response {
  const token = tokenOf(request);
  if (!token) return incompleteLink();
  return alertPageResponse({
    status: 200,
    title: "Confirm your e-mail alerts",
    paragraphs: [
      "Press the button to start receiving the alerts you asked for.",
    ],
    button: {
      label: "Confirm my alerts",
      action: withToken(routes.alertsConfirm, token),
    },
  });
}

export async function confirm(
  request: Request,
  store: AlertStore,
  now: number,
): Promise<Response> {
  const token = tokenOf(request);
  if (!token) return incompleteLink();
  const confirmed = await store.confirm(tokenHash(token), now);
  if (!confirmed) {
    return alertPageResponse({
      status: 410,
      title: "This link has expired",
      paragraphs: [
        `A confirmation link works once, for ${CONFIRMATION_LIFETIME_MS / HOUR_MS} hours. If you still want alerts, sign up again.`,
      ],
    });
  }
  return alertPageResponse({
    status: 200,
    title: "Your alerts are on",
    paragraphs: [
      `Alerts will go to ${confirmed.email}. Each one has a link to unsubscribe at once.`,
    ],
  });
}

export function showUnsubscribe(request: Request): Response {
  const token = tokenOf(request);
  if (!token) return incompleteLink();
  return alertPageResponse({
    status: 200,
    title: "Unsubscribe from e-mail alerts",
    paragraphs: [
      "Press the button and no more alerts will be sent to this address.",
    ],
    button: {
      label: "Unsubscribe",
      action: withToken(routes.alertsUnsubscribe, token),
      fields: { "List-Unsubscribe": "One-Click" },
    },
  });
}

export async function unsubscribe(
  request: Request,
  store: AlertStore,
): Promise<Response> {
  const token = tokenOf(request);
  if (!token) return incompleteLink();
  const form = await readForm(request);
  if (!form.ok)
    return alertPageResponse({
      status: form.status,
      title: "The request could not be read",
      paragraphs: [form.reason],
    });
  const ended = await store.unsubscribe(tokenHash(token));
  return alertPageResponse({
    status: 200,
    title: "You are unsubscribed",
    paragraphs: [
      ended
        ? "No more alerts will be sent to this address, and it has been deleted from the list."
        : "This address was already off the list: no alerts are sent to it.",
    ],
  });
}
