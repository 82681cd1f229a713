import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteAlertStore } from "@/lib/alerts/sqlite-store";
import {
  contentWith,
  runAlertsSend as alertsSend,
  SEED_2004,
} from "@/lib/testing/alerts-send";
import { startTestInbox, type TestInbox } from "@/lib/testing/smtp";
import { temporaryFolder } from "@/lib/testing/temporary-folder";

const subscribers = Array.from(
  { length: 12 },
  (_, index) => `investor${index + 1}@example.com`,
);

let inbox: TestInbox | undefined;
afterEach(() => inbox?.close());

describe("npm run alerts:send", () => {
  it("killed halfway through a batch and run again, delivers the alert to every subscriber exactly once", async () => {
    const folder = temporaryFolder("alerts-send-");
    const database = join(folder, "alerts.db");
    const env = {
      ALERTS_DB: database,
      SITE_URL: "https://ir.example.com",
      ALERTS_BATCH_SIZE: "5",
    };
    // A deploy with the 2004 release, before anyone subscribed: the back catalogue.
    expect(
      (
        await alertsSend({ ...env, CONTENT_DIR: contentWith([SEED_2004]) })
          .ended
      ).output,
    ).toContain("alerts: 0 to send");

    const store = openSqliteAlertStore(database);
    for (const email of subscribers) {
      await store.addConfirmation({
        tokenHash: email,
        email,
        topics: { releases: true, calls: false },
        requestedAt: Date.now(),
      });
      await store.confirm(email, Date.now());
    }
    await store.close();

    // The 2005 release is published. The eighth message, in the second batch of five, is never acknowledged: the run dies waiting.
    let killRun = () => {};
    inbox = await startTestInbox({
      accept: async (_, received) => {
        if (received !== 8) return true;
        killRun();
        return false;
      },
    });
    const run = alertsSend({
      ...env,
      CONTENT_DIR: "content",
      SMTP_URL: inbox.url,
    });
    killRun = run.kill;
    const killed = await run.ended;
    expect(killed.signal).toBe("SIGKILL");
    expect(killed.output).toContain("alerts: batch 1: 5 of 12 sent");
    expect(killed.output).not.toContain("batch 2");
    expect(inbox.messages).toHaveLength(7);

    const rerun = await alertsSend({
      ...env,
      CONTENT_DIR: "content",
      SMTP_URL: inbox.url,
    }).ended;
    expect(rerun.code).toBe(0);
    expect(rerun.output).toContain("alerts: 5 to send for 1 due item(s)");
    for (const email of subscribers) {
      expect(
        inbox.to(email).map(({ subject }) => subject),
        email,
      ).toEqual([
        "Sonus Networks Announces Preliminary 2004 Fourth Quarter Financial Results",
      ]);
    }
    const again = await alertsSend({
      ...env,
      CONTENT_DIR: "content",
      SMTP_URL: inbox.url,
    }).ended;
    expect(again.output).toContain("alerts: 0 to send");
    expect(inbox.messages).toHaveLength(12);
  }, 60_000);
});
