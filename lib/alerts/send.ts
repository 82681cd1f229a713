import type { Call, Release } from "@/lib/content";
import { routes } from "@/lib/site/routes";
import { tokenUrl, type AlertsConfig } from "./config";
import type { Mailer, OutgoingMessage } from "./mailer";
import {
  callReminder,
  releaseAlert,
  type ExactCall,
  type ReminderLead,
} from "./messages";
import type { AlertStore, Topic } from "./store";
import { newToken, tokenHash } from "./tokens";
import { HOUR_MS } from "@/lib/time/durations";

/** One thing to tell subscribers about: a new release, or a call that is a day or an hour away. */
type AlertItem = {
  readonly key: string;
  readonly topic: Topic;
  /** For releases: only those who had confirmed by the time it was published. */
  readonly confirmedBy?: number;
  readonly compose: (unsubscribeUrl: string) => Omit<OutgoingMessage, "to">;
};

const isExact = (call: Call): call is ExactCall => call.timing.kind === "exact";

/**
 * Which reminder of a call is due at `now`: the day-before one from 24 hours
 * to an hour before its start, the hour-before one in its last hour. A call
 * whose time the release does not give has no reminders.
 */
export function reminderDue(call: Call, now: number): ReminderLead | undefined {
  if (!isExact(call)) return undefined;
  const untilStart = call.timing.startsAt - now;
  if (untilStart <= 0 || untilStart > 24 * HOUR_MS) return undefined;
  return untilStart > HOUR_MS ? "day" : "hour";
}

async function dueItems(
  releases: readonly Release[],
  store: AlertStore,
  now: number,
): Promise<AlertItem[]> {
  const releaseKey = (release: Release) => `release.${release.slug}`;
  const firstSeen = await store.markPublished(releases.map(releaseKey), now);
  const newReleases = releases.flatMap((release): AlertItem[] => {
    const publishedAt = firstSeen.get(releaseKey(release)) ?? 0;
    // Time 0 is the back catalogue: what was on the site before alerts were first sent.
    if (publishedAt === 0) return [];
    return [
      {
        key: releaseKey(release),
        topic: "releases",
        confirmedBy: publishedAt,
        compose: (url) => releaseAlert(release, url),
      },
    ];
  });
  const reminders = releases.flatMap((release) =>
    release.calls.flatMap((call): AlertItem[] => {
      if (!isExact(call)) return [];
      const lead = reminderDue(call, now);
      if (!lead) return [];
      return [
        {
          key: `call.${call.slug}.${lead}`,
          topic: "calls",
          compose: (url) => callReminder(call, lead, url),
        },
      ];
    }),
  );
  return [...newReleases, ...reminders];
}

export type SendRun = {
  readonly config: AlertsConfig;
  readonly store: AlertStore;
  readonly mailer: Mailer;
  readonly releases: readonly Release[];
  readonly now: () => number;
  readonly batchSize: number;
  readonly log: (line: string) => void;
};

/**
 * Sends every due alert to every subscriber who has not had it. Each
 * delivery is claimed before its message goes and completed after, so
 * runs at the same time, and a rerun even of a run killed halfway, send
 * each message once; the one that was in flight when a run died goes again
 * under the same Message-ID. What another run holds is left to it.
 */
export async function sendAlerts(
  run: SendRun,
): Promise<{ readonly sent: number; readonly leftToOthers: number }> {
  const { store, mailer, config } = run;
  await store.deleteExpiredConfirmations(run.now());
  const items = await dueItems(run.releases, store, run.now());
  const deliveries = [];
  for (const item of items) {
    for (const subscriber of await store.recipients({
      itemKey: item.key,
      topic: item.topic,
      confirmedBy: item.confirmedBy,
    })) {
      deliveries.push({ item, subscriber });
    }
  }
  run.log(
    `alerts: ${deliveries.length} to send for ${items.length} due item(s)`,
  );
  let sent = 0;
  let leftToOthers = 0;
  for (let start = 0; start < deliveries.length; start += run.batchSize) {
    const batch = deliveries.slice(start, start + run.batchSize);
    for (const { item, subscriber } of batch) {
      const token = newToken();
      const claim = await store.claimDelivery({
        subscriberId: subscriber.id,
        itemKey: item.key,
        unsubscribeTokenHash: tokenHash(token),
        now: run.now(),
      });
      if (!claim) {
        leftToOthers += 1;
        continue;
      }
      try {
        const unsubscribeUrl = tokenUrl(
          config,
          routes.alertsUnsubscribe,
          token,
        );
        await mailer.send({
          to: subscriber.email,
          messageId: `<${item.key}.${subscriber.id}@${config.endpoint.hostname}>`,
          unsubscribeUrl,
          ...item.compose(unsubscribeUrl),
        });
      } catch (failure) {
        await claim.release();
        throw failure;
      }
      await claim.complete(run.now());
      sent += 1;
    }
    const others =
      leftToOthers > 0 ? `, ${leftToOthers} sent or held by another run` : "";
    run.log(
      `alerts: batch ${start / run.batchSize + 1}: ${sent} of ${deliveries.length} sent${others}`,
    );
  }
  return { sent, leftToOthers };
}
