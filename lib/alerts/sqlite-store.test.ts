import { describe, expect, it } from "vitest";
import { temporaryFolder } from "@/lib/testing/temporary-folder";
import { openSqliteAlertStore } from "./sqlite-store";
import { CONFIRMATION_LIFETIME_MS } from "./store";

const both = { releases: true, calls: true };
const HOUR = 3_600_000;

async function confirmed(email: string, topics = both, at = 1_000) {
  const store = openSqliteAlertStore(":memory:");
  await store.addConfirmation({
    tokenHash: `hash-${email}`,
    email,
    topics,
    requestedAt: at,
  });
  await store.confirm(`hash-${email}`, at);
  return store;
}

describe("sign-ups", () => {
  it("subscribe only the address a live confirmation names, once", async () => {
    const store = openSqliteAlertStore(":memory:");
    await store.addConfirmation({
      tokenHash: "h",
      email: "Ann@Example.com",
      topics: both,
      requestedAt: 0,
    });
    expect(await store.recipients({ itemKey: "x", topic: "releases" })).toEqual(
      [],
    );
    expect(await store.confirm("other", 10)).toBeUndefined();
    expect(await store.confirm("h", 10)).toEqual({ email: "Ann@Example.com" });
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
    const store = openSqliteAlertStore(":memory:");
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

  it("take a later confirmation's topics for an address already subscribed, keeping when it first confirmed", async () => {
    const store = await confirmed("a@example.com");
    await store.addConfirmation({
      tokenHash: "again",
      email: "A@EXAMPLE.COM",
      topics: { releases: false, calls: true },
      requestedAt: 50,
    });
    await store.confirm("again", 60);
    expect(await store.recipients({ itemKey: "x", topic: "releases" })).toEqual(
      [],
    );
    expect(await store.recipients({ itemKey: "x", topic: "calls" })).toEqual([
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
  it("leave out subscribers who had an item, and not those whose delivery was begun and never completed", async () => {
    const store = await confirmed("a@example.com");
    await store.beginDelivery({
      subscriberId: 1,
      itemKey: "r1",
      unsubscribeTokenHash: "u1",
      now: 2_000,
    });
    expect(
      await store.recipients({ itemKey: "r1", topic: "releases" }),
    ).toHaveLength(1);
    await store.beginDelivery({
      subscriberId: 1,
      itemKey: "r1",
      unsubscribeTokenHash: "u2",
      now: 3_000,
    });
    await store.completeDelivery({
      subscriberId: 1,
      itemKey: "r1",
      now: 3_001,
    });
    expect(
      await store.recipients({ itemKey: "r1", topic: "releases" }),
    ).toEqual([]);
    expect(
      await store.recipients({ itemKey: "r2", topic: "releases" }),
    ).toHaveLength(1);
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
    await store.beginDelivery({
      subscriberId: 1,
      itemKey: "r1",
      unsubscribeTokenHash: "first",
      now: 2,
    });
    await store.beginDelivery({
      subscriberId: 1,
      itemKey: "r2",
      unsubscribeTokenHash: "second",
      now: 3,
    });
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
    const store = openSqliteAlertStore(":memory:");
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

describe("the database file", () => {
  it("is created with its folder, and keeps what it holds when opened again", async () => {
    const { join } = await import("node:path");
    const file = join(temporaryFolder("alerts-"), "nested", "alerts.db");
    const first = openSqliteAlertStore(file);
    await first.addConfirmation({
      tokenHash: "h",
      email: "a@example.com",
      topics: both,
      requestedAt: 0,
    });
    await first.close();
    const second = openSqliteAlertStore(file);
    expect(await second.confirm("h", 1)).toEqual({ email: "a@example.com" });
    await second.close();
  });
});
