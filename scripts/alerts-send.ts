/**
 * `npm run alerts:send`: e-mails every due alert (new releases, call
 * reminders) to the confirmed subscribers who have not had it. Run it after
 * each deploy and from cron every 15 minutes, one run at a time
 * (`flock -n .alerts/send.lock npm run alerts:send`); a rerun sends nothing twice.
 */
import { alertsConfig } from "../lib/alerts/config";
import { createMailer } from "../lib/alerts/mailer";
import { sendAlerts } from "../lib/alerts/send";
import { openSqliteAlertStore } from "../lib/alerts/sqlite-store";
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
  const store = openSqliteAlertStore(config.database);
  const mailer = createMailer(config);
  try {
    const { sent } = await sendAlerts({
      config,
      store,
      mailer,
      releases,
      now: Date.now,
      batchSize: batchSize(process.env.ALERTS_BATCH_SIZE),
      log: console.log,
    });
    console.log(`alerts: done, ${sent} sent`);
  } finally {
    mailer.close();
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
