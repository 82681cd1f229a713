import { afterEach, describe, expect, it } from "vitest";
import { alertsConfig } from "@/lib/alerts/config";
import { openAlertsDatabase } from "@/lib/alerts/open-store";
import {
  contentWith,
  runAlertsSend as alertsSend,
  type AlertsSendRun,
  SEED_2004,
} from "@/lib/testing/alerts-send";
import { addConfirmedSubscriber } from "@/lib/testing/alerts";
import {
  startTestInbox,
  type InboxOptions,
  type TestInbox,
} from "@/lib/testing/smtp";

const HEADLINE =
  "Sonus Networks Announces Preliminary 2004 Fourth Quarter Financial Results";

/** A database of one kind for `npm run alerts:send` to use: what ALERTS_DB is set to. */
export type SendBackend = {
  readonly name: string;
  readonly newDatabase: () => Promise<string>;
  /** Whether runs send at the same time, each passing over what another holds, rather than one after the other. */
  readonly runsSendTogether: boolean;
};

/**
 * What `npm run alerts:send` must do on every database, as one suite: run
 * by scripts/alerts-send.test.ts on SQLite and by
 * scripts/alerts-send.postgres.test.ts on PostgreSQL.
 */
export function describeAlertsSend({
  name,
  newDatabase,
  runsSendTogether,
}: SendBackend) {
  describe(`npm run alerts:send on ${name}`, () => {
    const inboxes: TestInbox[] = [];
    afterEach(async () => {
      await Promise.all(inboxes.splice(0).map((inbox) => inbox.close()));
    });

    async function inbox(accept?: InboxOptions["accept"]) {
      const started = await startTestInbox({ accept });
      inboxes.push(started);
      return started;
    }

    /** A database whose back catalogue is the 2004 release, with these confirmed subscribers to releases. */
    async function subscribed(count: number) {
      const env = {
        ALERTS_DB: await newDatabase(),
        SITE_URL: "https://ir.example.com",
        ALERTS_BATCH_SIZE: "5",
      };
      expect(
        (
          await alertsSend({ ...env, CONTENT_DIR: contentWith([SEED_2004]) })
            .ended
        ).output,
      ).toContain("alerts: 0 to send");
      const { store } = await openAlertsDatabase(alertsConfig(env).database);
      const emails = Array.from(
        { length: count },
        (_, index) => `investor${index + 1}@example.com`,
      );
      for (const email of emails)
        await addConfirmedSubscriber(store, email, {
          topics: { releases: true, calls: false },
          at: Date.now(),
        });
      await store.close();
      // The 2005 release is published.
      return { env: { ...env, CONTENT_DIR: "content" }, emails };
    }

    const subjectsTo = (inboxes: readonly TestInbox[], email: string) =>
      inboxes.flatMap((inbox) => inbox.to(email).map(({ subject }) => subject));

    it("killed halfway through a batch and run again, delivers the alert to every subscriber exactly once", async () => {
      const { env, emails } = await subscribed(12);
      // The eighth message, in the second batch of five, is never acknowledged: the run dies waiting.
      let killRun = () => {};
      const smtp = await inbox(async (_, received) => {
        if (received !== 8) return true;
        killRun();
        return false;
      });
      const run = alertsSend({ ...env, SMTP_URL: smtp.url });
      killRun = run.kill;
      const killed = await run.ended;
      expect(killed.signal).toBe("SIGKILL");
      expect(killed.output).toContain("alerts: batch 1: 5 of 12 sent");
      expect(killed.output).not.toContain("batch 2");
      expect(smtp.messages).toHaveLength(7);

      const rerun = await alertsSend({ ...env, SMTP_URL: smtp.url }).ended;
      expect(rerun.code).toBe(0);
      expect(rerun.output).toContain("alerts: 5 to send for 1 due item(s)");
      for (const email of emails)
        expect(subjectsTo([smtp], email), email).toEqual([HEADLINE]);
      const again = await alertsSend({ ...env, SMTP_URL: smtp.url }).ended;
      expect(again.output).toContain("alerts: 0 to send");
      expect(smtp.messages).toHaveLength(12);
    }, 60_000);

    it("started twice at once, with one run killed mid-batch and run again, delivers the alert to every subscriber exactly once", async () => {
      const { env, emails } = await subscribed(20);
      const later: { second?: AlertsSendRun } = {};
      const accepted: string[] = [];
      const firstInbox = await inbox(async (_, received) => {
        // On PostgreSQL the first run holds its third message until the second has sent and died.
        if (runsSendTogether && received === 3) await later.second?.ended;
        accepted.push("first");
        return true;
      });
      const secondInbox = await inbox(async (_, received) => {
        if (received === 5) {
          later.second?.kill();
          return false;
        }
        accepted.push("second");
        return true;
      });
      const first = alertsSend({ ...env, SMTP_URL: firstInbox.url });
      const second = alertsSend({ ...env, SMTP_URL: secondInbox.url });
      later.second = second;
      const [firstEnded, secondEnded] = await Promise.all([
        first.ended,
        second.ended,
      ]);
      expect(firstEnded.code, firstEnded.output).toBe(0);
      if (runsSendTogether) {
        // The second passed over the message the first held, sent four, and died on its fifth.
        expect(secondEnded.signal).toBe("SIGKILL");
        expect(secondInbox.messages).toHaveLength(4);
        // The one it died on goes with the first run, or with the rerun when
        // the first reached it before PostgreSQL saw the dead run's connection close.
        expect(firstInbox.messages.length).toBeGreaterThanOrEqual(15);
      } else {
        // On SQLite one run waited for the other to end: their messages never interleave.
        expect(accepted.join(" ")).toMatch(
          /^(first ?)*(second ?)*$|^(second ?)*(first ?)*$/,
        );
        expect(accepted).toHaveLength(20);
      }
      const rerunInbox = await inbox();
      const rerun = await alertsSend({ ...env, SMTP_URL: rerunInbox.url })
        .ended;
      expect(rerun.code, rerun.output).toBe(0);
      const all = [firstInbox, secondInbox, rerunInbox];
      for (const email of emails)
        expect(subjectsTo(all, email), email).toEqual([HEADLINE]);
    }, 60_000);
  });
}
