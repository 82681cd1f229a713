/**
 * `npm run bench -- alerts`: sign-ups per second and alert messages per
 * second on SQLite and on PostgreSQL, with 10,000 subscribers and one new
 * release, into a local SMTP server that counts and discards what it gets;
 * and this process's memory while it sends. In process, as the route
 * handlers and `alerts:send` run: no HTTP in front.
 */
import { join } from "node:path";
import { addConfirmedSubscriber } from "../lib/testing/alerts";
import { startSmtpSink } from "../lib/testing/smtp";
import { alertsConfig } from "../lib/alerts/config";
import { createMailer } from "../lib/alerts/mailer";
import { openAlertsDatabase } from "../lib/alerts/open-store";
import { sendAlerts } from "../lib/alerts/send";
import { handleSubscribe } from "../lib/alerts/subscribe";
import { loadReleases } from "../lib/content/authoring";
import { contentWith, SEED_2004 } from "../lib/testing/alerts-send";
import {
  createTestDatabase,
  startTestPostgres,
} from "../lib/testing/postgres-server";
import {
  removeTemporaryFolders,
  temporaryFolder,
} from "../lib/testing/temporary-folder";
import { serverPort } from "../e2e/server-port";
import { progress, table } from "./bench-tools";

const SIGN_UPS = 1_000;
const SUBSCRIBERS = 10_000;
const MEMORY_SAMPLE_MS = 100;

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** RSS and heap, sampled while `work` runs: their lowest, highest and last values. */
async function watchingMemory<T>(work: () => Promise<T>) {
  const samples: NodeJS.MemoryUsage[] = [process.memoryUsage()];
  const timer = setInterval(
    () => samples.push(process.memoryUsage()),
    MEMORY_SAMPLE_MS,
  );
  try {
    return { result: await work(), samples };
  } finally {
    clearInterval(timer);
    samples.push(process.memoryUsage());
  }
}

const range = (values: number[]) =>
  `${megabytes(Math.min(...values))}–${megabytes(Math.max(...values))} (last ${megabytes(values.at(-1) ?? 0)})`;

async function measure(backend: string, ALERTS_DB: string, smtpPort: number) {
  const config = alertsConfig({
    ALERTS_DB,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  });
  const { store, limits } = await openAlertsDatabase(config.database);
  // smtp-server waits 100 ms before greeting each new connection: with a
  // connection per message, as the site's own mailer opens them, that pause
  // would be all the sign-ups measured.
  const mailer = createMailer(config, { reuseConnection: true });
  const [origin] = config.allowedOrigins;
  try {
    progress(`alerts, ${backend}: ${SIGN_UPS} sign-ups`);
    let started = performance.now();
    for (let index = 0; index < SIGN_UPS; index++) {
      const response = await handleSubscribe(
        new Request(new URL("/alerts/subscribe", origin), {
          method: "POST",
          headers: {
            origin: origin ?? "",
            "content-type": "application/x-www-form-urlencoded",
            // A client of its own for each, so that the limits count but never refuse.
            "x-forwarded-for": `10.${index >> 16}.${(index >> 8) & 255}.${index & 255}`,
          },
          body: `email=signup${index}%40example.com&releases=on&website=`,
        }),
        { config, store, mailer, limits, now: Date.now },
      );
      if (response.status !== 303)
        throw new Error(`sign-up ${index} answered ${response.status}`);
    }
    const signUpsPerSecond = SIGN_UPS / ((performance.now() - started) / 1000);

    progress(`alerts, ${backend}: ${SUBSCRIBERS} subscribers confirmed`);
    const releases = loadReleases("content");
    const run = {
      config,
      store,
      mailer,
      now: Date.now,
      batchSize: 500,
      log: () => {},
    };
    // The first run records what is on the site as back catalogue; the 2005 release is then the new one.
    await sendAlerts({
      ...run,
      releases: loadReleases(contentWith([SEED_2004])),
    });
    for (let index = 0; index < SUBSCRIBERS; index++)
      await addConfirmedSubscriber(store, `subscriber${index}@example.com`, {
        topics: { releases: true, calls: true },
        at: Date.now(),
      });

    progress(`alerts, ${backend}: one new release to ${SUBSCRIBERS}`);
    started = performance.now();
    const { result, samples } = await watchingMemory(() =>
      sendAlerts({ ...run, releases }),
    );
    const seconds = (performance.now() - started) / 1000;
    return [
      backend,
      signUpsPerSecond.toFixed(0),
      result.sent,
      (result.sent / seconds).toFixed(0),
      range(samples.map(({ rss }) => rss)),
      range(samples.map(({ heapUsed }) => heapUsed)),
    ];
  } finally {
    mailer.close();
    await store.close();
  }
}

export async function alertThroughput() {
  const smtpPort = serverPort("BENCH_SMTP_PORT", 3304);
  const postgresPort = serverPort("BENCH_PG_PORT", 3305);
  const sink = await startSmtpSink(smtpPort);
  const postgres = await startTestPostgres(postgresPort).catch(
    async (error: unknown) => {
      await sink.close();
      throw error;
    },
  );
  try {
    const rows = [
      await measure(
        "SQLite",
        join(temporaryFolder("bench-alerts-"), "alerts.db"),
        smtpPort,
      ),
      await measure(
        "PostgreSQL",
        await createTestDatabase(postgresPort, "bench_alerts"),
        smtpPort,
      ),
    ];
    console.log(
      `\nAlerts (in process; ${SIGN_UPS} sign-ups, each sending its confirmation, over one SMTP connection; then one new release to ${SUBSCRIBERS} subscribers over SMTP to a local sink, which got ${sink.received()} messages; memory in MiB while sending, sampled every ${MEMORY_SAMPLE_MS} ms)`,
    );
    table(
      [
        "database",
        "sign-ups/s",
        "alerts sent",
        "alerts/s",
        "RSS while sending",
        "heap used while sending",
      ],
      rows,
    );
  } finally {
    await postgres.stop();
    await sink.close();
    removeTemporaryFolders();
  }
}
