import { describe, expect, it } from "vitest";
import type { AlertStore, Topics } from "@/lib/alerts/store";

const HOUR = 3_600_000;

/** What the cases of the suite are given: ways to open databases, and subscribers in them. */
export type StoreUnderTest = {
  /** A new database, and a way to open it as each instance of the site, or each run, does. */
  readonly instances: () => Promise<() => Promise<AlertStore>>;
  readonly subscribe: (store: AlertStore, email: string) => Promise<AlertStore>;
  /** A new database with one subscriber, confirmed `at`. */
  readonly confirmed: (
    email: string,
    topics?: Topics,
    at?: number,
  ) => Promise<AlertStore>;
  readonly runsSendTogether: boolean;
};

/** The store's deliveries, claims and unsubscribes, as describeAlertStore runs them on each database. */
export function describeDeliveries({
  instances,
  subscribe,
  confirmed,
  runsSendTogether,
}: StoreUnderTest) {
  describe("deliveries", () => {
    /** A claim the store gave, failing the test where it gave none. */
    const claimed = <Claim>(claim: Claim | undefined): Claim => {
      expect(claim).toBeDefined();
      if (claim === undefined) throw new Error("no claim");
      return claim;
    };

    const delivery = (itemKey: string, token: string, now = 2_000) => ({
      subscriberId: 1,
      itemKey,
      unsubscribeTokenHash: token,
      now,
    });

    it("leave out subscribers who had an item, and not those whose delivery was claimed and never completed", async () => {
      const store = await confirmed("a@example.com");
      await claimed(await store.claimDelivery(delivery("r1", "u1"))).release();
      expect(
        await store.recipients({ itemKey: "r1", topic: "releases" }),
      ).toHaveLength(1);
      await claimed(
        await store.claimDelivery(delivery("r1", "u2", 3_000)),
      ).complete(3_001);
      expect(
        await store.recipients({ itemKey: "r1", topic: "releases" }),
      ).toEqual([]);
      expect(await store.claimDelivery(delivery("r1", "u3"))).toBeUndefined();
      expect(
        await store.recipients({ itemKey: "r2", topic: "releases" }),
      ).toHaveLength(1);
    });

    it("give a delivery to one run at a time: another run gets it only if the first lets it go unsent", async () => {
      const open = await instances();
      const first = await open();
      await subscribe(first, "a@example.com");
      const second = await open();
      const sentClaim = claimed(
        await first.claimDelivery(delivery("sent", "t1")),
      );
      const letGoClaim = claimed(
        await first.claimDelivery(delivery("let-go", "t2")),
      );
      const whileHeld = second.claimDelivery(delivery("sent", "t3"));
      if (runsSendTogether) {
        expect(await whileHeld).toBeUndefined();
      } else {
        const waiting = new Promise((resolve) =>
          setTimeout(() => resolve("waiting"), 300),
        );
        expect(
          await Promise.race([whileHeld.then(() => "answered"), waiting]),
        ).toBe("waiting");
      }
      await sentClaim.complete(3);
      await letGoClaim.release();
      await first.close();
      expect(await whileHeld).toBeUndefined();
      const retaken = claimed(
        await second.claimDelivery(delivery("let-go", "t4")),
      );
      await retaken.complete(4);
      expect(await second.unsubscribe("t3")).toBe(false);
      expect(await second.unsubscribe("t4")).toBe(true);
    });

    it("let a reader unsubscribe while their alert is being sent", async () => {
      const open = await instances();
      const sender = await open();
      await subscribe(sender, "a@example.com");
      const earlier = claimed(
        await sender.claimDelivery(delivery("r1", "earlier")),
      );
      await earlier.complete(3);
      const sending = claimed(
        await sender.claimDelivery(delivery("r2", "sending")),
      );
      const site = await open();
      const waited = new Promise((resolve) =>
        setTimeout(() => resolve("waited"), 2_000),
      );
      expect(await Promise.race([site.unsubscribe("earlier"), waited])).toBe(
        true,
      );
      await sending.complete(4);
      expect(await site.subscriberByEmail("a@example.com")).toBeUndefined();
    });

    it("give nothing to send to a subscriber who is gone", async () => {
      const store = await confirmed("a@example.com");
      await claimed(
        await store.claimDelivery(delivery("r1", "first")),
      ).complete(3);
      expect(await store.unsubscribe("first")).toBe(true);
      expect(
        await store.claimDelivery(delivery("r2", "second")),
      ).toBeUndefined();
    });

    it("leave out those who confirmed after an item was published", async () => {
      const store = await confirmed("a@example.com", undefined, 5 * HOUR);
      expect(
        await store.recipients({
          itemKey: "r",
          topic: "releases",
          confirmedBy: 5 * HOUR - 1,
        }),
      ).toEqual([]);
      expect(
        await store.recipients({
          itemKey: "r",
          topic: "releases",
          confirmedBy: 5 * HOUR,
        }),
      ).toHaveLength(1);
    });

    it("unsubscribe by any token an alert carried, deleting the subscriber", async () => {
      const store = await confirmed("a@example.com");
      for (const [itemKey, token] of [
        ["r1", "first"],
        ["r2", "second"],
      ] as const)
        await claimed(
          await store.claimDelivery(delivery(itemKey, token)),
        ).complete(3);
      expect(await store.unsubscribe("unknown")).toBe(false);
      expect(await store.unsubscribe("first")).toBe(true);
      expect(
        await store.recipients({ itemKey: "r3", topic: "releases" }),
      ).toEqual([]);
      expect(await store.unsubscribe("second")).toBe(false);
    });
  });
}
