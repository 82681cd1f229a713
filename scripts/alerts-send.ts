/**
 * `npm run alerts:send`: e-mails every due alert (new releases, call
 * reminders) to the confirmed subscribers who have not had it. Run it after
 * each deploy and from cron every 15 minutes, on any number of machines:
 * runs at the same time share the work on PostgreSQL and wait their turn on
 * a SQLite file, and none sends a message that another has sent.
 */
import { alertsConfig } from "../lib/alerts/config";
import { createMailer } from "../lib/alerts/mailer";
import { sendAlerts } from "../lib/alerts/send";
import { openAlertsDatabase } from "../lib/alerts/open-store";
import {
  contentDirectory,
  defaultCacheDirectory,
  loadReleases,
  ReleaseCache,
} from "../lib/content/authoring";

function batchSize(value: string | undefined): number {
  const size = Number(value ?? 50);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(
      `ALERTS_BATCH_SIZE must be a whole number of messages, at least 1, got ${JSON.stringify(value)}`,
    );
  }
  return size;
}

async function main() {
  const config = alertsConfig(process.env);
  const releases = loadReleases(contentDirectory(), {
    cache: new ReleaseCache(defaultCacheDirectory()),
  });
  const { store } = await openAlertsDatabase(config.database);
  const mailer = createMailer(config, { reuseConnection: true });
  try {
    const { sent, leftToOthers } = await sendAlerts({
      config,
      store,
      mailer,
      releases,
      now: Date.now,
      batchSize: batchSize(process.env.ALERTS_BATCH_SIZE),
      log: console.log,
    });
    console.log(
      `alerts: done, ${sent} sent${leftToOthers > 0 ? `, ${leftToOthers} sent or held by another run` : ""}`,
    );
  } finally {
    mailer.close();
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
