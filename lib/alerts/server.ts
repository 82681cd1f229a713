import "server-only";
import { alertsConfig } from "./config";
import { createMailer } from "./mailer";
import {
  AlertsDatabaseUnavailable,
  openAlertsDatabase,
  type OpenedAlerts,
} from "./open-store";
import { alertPageResponse } from "./pages";

/** The running site's alerts: one configuration, mailer and database per server process, the database opened on first use. */
export const alerts = (() => {
  const config = alertsConfig(process.env);
  const mailer = createMailer(config);
  let opened: Promise<OpenedAlerts> | undefined;
  const open = () => {
    // A database that could not be opened is tried again by the next request, not remembered as down.
    opened ??= openAlertsDatabase(config.database).catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    return opened;
  };
  return { config, mailer, open, now: () => Date.now() };
})();

export type AlertsInUse = typeof alerts & OpenedAlerts;

const unavailable = () =>
  alertPageResponse({
    status: 503,
    title: "Alerts are unavailable just now",
    paragraphs: [
      "E-mail alerts cannot be reached at the moment; please try again in a few minutes.",
      "Nothing was stored and nothing was sent.",
    ],
    extraHeaders: { "Retry-After": "300" },
  });

/**
 * Answers an alerts request with the database open. While it cannot be
 * opened or reached (PostgreSQL down, a wrong password), or anything else
 * fails, the answer is a 503 page and the reason goes to the server's log;
 * the rest of the site does not use the database, and is served meanwhile.
 */
export async function withAlerts(
  answer: (inUse: AlertsInUse) => Promise<Response>,
): Promise<Response> {
  try {
    return await answer({ ...alerts, ...(await alerts.open()) });
  } catch (error) {
    console.error(
      "alerts:",
      error instanceof AlertsDatabaseUnavailable ? error.message : error,
    );
    return unavailable();
  }
}
