import { afterEach, describe, expect, it } from "vitest";
import { CONFIRMATION_LIFETIME_MS, type AlertStore } from "@/lib/alerts/store";
import { describeDeliveries } from "./alert-store-deliveries";
import { addConfirmedSubscriber } from "./alerts";

const both = { releases: true, calls: true };

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
      await addConfirmedSubscriber(store, email, { topics, at });
      return store;
    }

    const confirmed = async (email: string, topics = both, at = 1_000) =>
      subscribe(await newStore(), email, topics, at);

    describeDeliveries({ instances, subscribe, confirmed, runsSendTogether });

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
