import { afterEach, describe, expect, it } from "vitest";
import { CONFIRMATION_LIFETIME_MS, type AlertStore } from "@/lib/alerts/store";

const both = { releases: true, calls: true };
const HOUR = 3_600_000;

/** A new, empty database of one kind, and a way to open it as many times as instances of the site would. */
export type AlertStoreBackend = {
  readonly name: string;
  /** Whether runs send at the same time, each passing over what another holds, rather than one after the other. */
  readonly runsSendTogether: boolean;
  readonly newDatabase: () => Promise<() => Promise<AlertStore>>;
};

/**
 * What every implementation of AlertStore must do, as one suite: the
 * SQLite store's tests (lib/alerts/sqlite-store.test.ts) and the
 * PostgreSQL store's (lib/alerts/store.postgres.test.ts) run it.
 */
export function describeAlertStore({
  name,
  newDatabase,
  runsSendTogether,
}: AlertStoreBackend) {
  describe(`the alert store on ${name}`, () => {
    const opened: AlertStore[] = [];
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    /** A new database, and a way to open it as each instance of the site, or each run, does. */
    async function instances() {
      const open = await newDatabase();
      return async () => {
        const store = await open();
        opened.push(store);
        return store;
      };
    }

    const newStore = async () => (await instances())();

    /** Signs an address up on a store and confirms it at once. */
    async function subscribe(
      store: AlertStore,
      email: string,
      topics = both,
      at = 1_000,
    ) {
      await store.addConfirmation({
        tokenHash: `hash-${email}`,
        email,
        topics,
        requestedAt: at,
      });
      await store.confirm(`hash-${email}`, at);
      return store;
    }

    const confirmed = async (email: string, topics = both, at = 1_000) =>
      subscribe(await newStore(), email, topics, at);

    describe("sign-ups", () => {
      it("subscribe only the address a live confirmation names, once", async () => {
        const store = await newStore();
        await store.addConfirmation({
          tokenHash: "h",
          email: "Ann@Example.com",
          topics: both,
          requestedAt: 0,
        });
        expect(
          await store.recipients({ itemKey: "x", topic: "releases" }),
        ).toEqual([]);
        expect(await store.confirm("other", 10)).toBeUndefined();
        expect(await store.confirm("h", 10)).toEqual({
          email: "Ann@Example.com",
        });
        expect(await store.confirm("h", 11)).toBeUndefined();
        const [subscriber] = await store.recipients({
          itemKey: "x",
          topic: "calls",
        });
        expect(subscriber).toMatchObject({
          email: "Ann@Example.com",
          confirmedAt: 10,
          topics: both,
        });
      });

      it("forget a sign-up 48 hours after it was asked for", async () => {
        const store = await newStore();
        await store.addConfirmation({
          tokenHash: "late",
          email: "a@example.com",
          topics: both,
          requestedAt: 0,
        });
        await store.addConfirmation({
          tokenHash: "in-time",
          email: "b@example.com",
          topics: both,
          requestedAt: 0,
        });
        expect(
          await store.confirm("late", CONFIRMATION_LIFETIME_MS),
        ).toBeUndefined();
        expect(
          await store.confirm("in-time", CONFIRMATION_LIFETIME_MS - 1),
        ).toEqual({ email: "b@example.com" });
        await store.addConfirmation({
          tokenHash: "old",
          email: "c@example.com",
          topics: both,
          requestedAt: 5,
        });
        expect(
          await store.deleteExpiredConfirmations(5 + CONFIRMATION_LIFETIME_MS),
        ).toBe(2);
      });

      it("confirm two sign-ups of one address at the same moment, on two instances, once", async () => {
        const open = await instances();
        const [first, second] = [await open(), await open()];
        for (const [tokenHash, topics] of [
          ["h1", both],
          ["h2", { releases: true, calls: false }],
        ] as const)
          await first.addConfirmation({
            tokenHash,
            email: "a@example.com",
            topics,
            requestedAt: 0,
          });
        const answers = await Promise.all([
          first.confirm("h1", 1),
          second.confirm("h2", 1),
        ]);
        expect(answers.filter((answer) => answer !== undefined)).toEqual([
          { email: "a@example.com" },
        ]);
        expect(await first.subscriberByEmail("a@example.com")).toBeDefined();
      });

      it("take a later confirmation's topics for an address already subscribed, keeping when it first confirmed", async () => {
        const store = await confirmed("a@example.com");
        await store.addConfirmation({
          tokenHash: "again",
          email: "A@EXAMPLE.COM",
          topics: { releases: false, calls: true },
          requestedAt: 50,
        });
        await store.confirm("again", 60);
        expect(
          await store.recipients({ itemKey: "x", topic: "releases" }),
        ).toEqual([]);
        expect(
          await store.recipients({ itemKey: "x", topic: "calls" }),
        ).toEqual([
          {
            id: 1,
            email: "a@example.com",
            topics: { releases: false, calls: true },
            confirmedAt: 1_000,
          },
        ]);
      });
    });

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
        await claimed(
          await store.claimDelivery(delivery("r1", "u1")),
        ).release();
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
        const store = await confirmed("a@example.com", both, 5 * HOUR);
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

    describe("published items", () => {
      it("record what is on the site at the first run as back catalogue, and later items when first seen", async () => {
        const store = await newStore();
        expect(await store.markPublished(["a", "b"], 100)).toEqual(
          new Map([
            ["a", 0],
            ["b", 0],
          ]),
        );
        expect(await store.markPublished(["a", "b", "c"], 200)).toEqual(
          new Map([
            ["a", 0],
            ["b", 0],
            ["c", 200],
          ]),
        );
        expect(await store.markPublished(["c"], 300)).toEqual(
          new Map([["c", 200]]),
        );
      });
    });

    describe("the database", () => {
      it("keeps what it holds when opened again", async () => {
        const open = await instances();
        const first = await open();
        await first.addConfirmation({
          tokenHash: "h",
          email: "a@example.com",
          topics: both,
          requestedAt: 0,
        });
        await first.close();
        const second = await open();
        expect(await second.confirm("h", 1)).toEqual({
          email: "a@example.com",
        });
      });

      it("is migrated once when instances open it at the same moment, and each can use it", async () => {
        const open = await instances();
        const [one, other] = await Promise.all([open(), open()]);
        await one?.addConfirmation({
          tokenHash: "h",
          email: "a@example.com",
          topics: both,
          requestedAt: 0,
        });
        expect(await other?.confirm("h", 1)).toEqual({
          email: "a@example.com",
        });
        expect(await one?.subscriberByEmail("A@EXAMPLE.COM")).toMatchObject({
          email: "a@example.com",
        });
      });
    });
  });
}
