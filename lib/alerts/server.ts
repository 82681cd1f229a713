import "server-only";
import { alertsConfig, type AlertsConfig } from "./config";
import { createMailer, type Mailer } from "./mailer";
import {
  alertsProblem,
  openAlertsDatabase,
  type OpenedAlerts,
} from "./open-store";
import { alertPageResponse } from "./pages";

/** What an alerts request is answered with: the settings, the mailer, the open database and its limits, and the clock. */
export type AlertsInUse = OpenedAlerts & {
  readonly config: AlertsConfig;
  readonly mailer: Mailer;
  readonly now: () => number;
};

let opened: Promise<AlertsInUse> | undefined;

/**
 * The running site's alerts, one per server process, made on first use: a
 * setting or a database that fails is tried again by the next request, not
 * remembered as failed.
 */
function alertsInUse(): Promise<AlertsInUse> {
  opened ??= (async () => {
    const config = alertsConfig(process.env);
    const database = await openAlertsDatabase(config.database);
    return {
      ...database,
      config,
      mailer: createMailer(config),
      now: () => Date.now(),
    };
  })().catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

const unavailable = (paragraphs: readonly string[]) =>
  alertPageResponse({
    status: 503,
    title: "Alerts are unavailable just now",
    paragraphs,
    extraHeaders: { "Retry-After": "300" },
  });

/**
 * Answers an alerts request with the database open. While it cannot be
 * used (a malformed ALERTS_DB, PostgreSQL down, a wrong password), or
 * anything else fails, the answer is a 503 page and the reason goes to the
 * server's log; the rest of the site does not use the database, and is
 * served meanwhile.
 */
export async function withAlerts(
  answer: (inUse: AlertsInUse) => Promise<Response>,
): Promise<Response> {
  let inUse: AlertsInUse;
  try {
    inUse = await alertsInUse();
  } catch (error) {
    console.error("alerts:", alertsProblem(error));
    return unavailable([
      "E-mail alerts cannot be reached at the moment; please try again in a few minutes.",
      "Nothing was stored and nothing was sent.",
    ]);
  }
  try {
    return await answer(inUse);
  } catch (error) {
    console.error("alerts:", alertsProblem(error));
    // Part of the request may have been done: say nothing of what was kept.
    return unavailable([
      "Your request could not be completed just now; please try again in a few minutes.",
    ]);
  }
}
