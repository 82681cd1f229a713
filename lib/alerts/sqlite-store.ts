import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { sqliteSendLock } from "./sqlite-send-lock";
import {
  CONFIRMATION_LIFETIME_MS,
  type AlertStore,
  type Subscriber,
  type Topics,
} from "./store";

/**
 * Schema versions, applied in order on open; PRAGMA user_version records how
 * many have run. Append a migration, never edit one that has shipped.
 */
const migrations: readonly string[] = [
  `CREATE TABLE subscribers (
     id INTEGER PRIMARY KEY,
     email TEXT NOT NULL UNIQUE COLLATE NOCASE,
     releases INTEGER NOT NULL CHECK (releases IN (0, 1)),
     calls INTEGER NOT NULL CHECK (calls IN (0, 1)),
     confirmed_at INTEGER NOT NULL
   );
   CREATE TABLE confirmations (
     token_hash TEXT PRIMARY KEY,
     email TEXT NOT NULL COLLATE NOCASE,
     releases INTEGER NOT NULL CHECK (releases IN (0, 1)),
     calls INTEGER NOT NULL CHECK (calls IN (0, 1)),
     requested_at INTEGER NOT NULL
   );
   CREATE INDEX confirmations_by_email ON confirmations (email);
   CREATE TABLE unsubscribe_tokens (
     token_hash TEXT PRIMARY KEY,
     subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE
   );
   CREATE TABLE settings (
     key TEXT PRIMARY KEY,
     value INTEGER NOT NULL
   );
   CREATE TABLE published_items (
     item_key TEXT PRIMARY KEY,
     first_seen_at INTEGER NOT NULL
   );
   CREATE TABLE deliveries (
     subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
     item_key TEXT NOT NULL,
     begun_at INTEGER NOT NULL,
     sent_at INTEGER,
     PRIMARY KEY (subscriber_id, item_key)
   );`,
];

/** The schema version a migrated file has: what `alerts:copy` (./copy-to-postgres) reads. */
export const SQLITE_SCHEMA_VERSION = migrations.length;

/**
 * Brings the file up to date in one write transaction, taken before the
 * version is read: the site and an alerts:send run opening a new file at
 * the same moment apply each migration once between them.
 */
function migrate(db: Database.Database): void {
  db.transaction(() => {
    const applied = db.pragma("user_version", { simple: true });
    if (typeof applied !== "number")
      throw new Error("SQLite gave no user_version");
    for (const [index, sql] of migrations.entries()) {
      if (index < applied) continue;
      db.exec(sql);
      db.pragma(`user_version = ${index + 1}`);
    }
  }).immediate();
}

type SubscriberRow = {
  id: number;
  email: string;
  releases: number;
  calls: number;
  confirmed_at: number;
};

const flag = (value: boolean) => (value ? 1 : 0);
const topicsOf = (row: { releases: number; calls: number }): Topics => ({
  releases: row.releases === 1,
  calls: row.calls === 1,
});

const subscriberOf = (row: SubscriberRow): Subscriber => ({
  id: row.id,
  email: row.email,
  topics: topicsOf(row),
  confirmedAt: row.confirmed_at,
});

/** Opens (creating and migrating) the alerts database at `path`; ":memory:" for tests. */
export function openSqliteAlertStore(path: string): AlertStore {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // The site and `alerts:send` share the file: readers never wait on a writer, writers wait their turn.
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  migrate(db);

  const confirmation = db.prepare<
    [string, number],
    { email: string; releases: number; calls: number }
  >(
    "SELECT email, releases, calls FROM confirmations WHERE token_hash = ? AND requested_at > ?",
  );
  const upsertSubscriber = db.prepare(
    `INSERT INTO subscribers (email, releases, calls, confirmed_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (email) DO UPDATE SET releases = excluded.releases, calls = excluded.calls`,
  );
  const confirm = db.transaction((hash: string, now: number) => {
    const pending = confirmation.get(hash, now - CONFIRMATION_LIFETIME_MS);
    if (!pending) return undefined;
    upsertSubscriber.run(pending.email, pending.releases, pending.calls, now);
    db.prepare("DELETE FROM confirmations WHERE email = ?").run(pending.email);
    return { email: pending.email };
  });

  const addUnsubscribeToken = db.prepare(
    "INSERT INTO unsubscribe_tokens (token_hash, subscriber_id) VALUES (?, ?)",
  );

  const markPublished = db.transaction(
    (keys: readonly string[], now: number) => {
      const firstRun =
        db
          .prepare(
            "INSERT OR IGNORE INTO settings (key, value) VALUES ('catalogue_recorded_at', ?)",
          )
          .run(now).changes === 1;
      const insert = db.prepare(
        "INSERT OR IGNORE INTO published_items (item_key, first_seen_at) VALUES (?, ?)",
      );
      const firstSeen = db.prepare<[string], { first_seen_at: number }>(
        "SELECT first_seen_at FROM published_items WHERE item_key = ?",
      );
      return new Map(
        keys.map((key) => {
          insert.run(key, firstRun ? 0 : now);
          return [key, firstSeen.get(key)?.first_seen_at ?? now] as const;
        }),
      );
    },
  );

  const sendLock = sqliteSendLock(path);
  const claim = db.transaction(
    (subscriberId: number, itemKey: string, tokenHash: string, now: number) => {
      const open = db
        .prepare(
          `SELECT 1 FROM subscribers WHERE id = ? AND NOT EXISTS (SELECT 1 FROM deliveries
             WHERE subscriber_id = subscribers.id AND item_key = ? AND sent_at IS NOT NULL)`,
        )
        .get(subscriberId, itemKey);
      if (!open) return false;
      addUnsubscribeToken.run(tokenHash, subscriberId);
      db.prepare(
        `INSERT INTO deliveries (subscriber_id, item_key, begun_at) VALUES (?, ?, ?)
         ON CONFLICT (subscriber_id, item_key) DO UPDATE SET begun_at = excluded.begun_at`,
      ).run(subscriberId, itemKey, now);
      return true;
    },
  );

  return {
    async addConfirmation({ tokenHash, email, topics, requestedAt }) {
      db.prepare(
        "INSERT INTO confirmations (token_hash, email, releases, calls, requested_at) VALUES (?, ?, ?, ?, ?)",
      ).run(
        tokenHash,
        email,
        flag(topics.releases),
        flag(topics.calls),
        requestedAt,
      );
    },
    async confirm(tokenHash, now) {
      return confirm(tokenHash, now);
    },
    async unsubscribe(tokenHash) {
      const { changes } = db
        .prepare(
          "DELETE FROM subscribers WHERE id = (SELECT subscriber_id FROM unsubscribe_tokens WHERE token_hash = ?)",
        )
        .run(tokenHash);
      return changes > 0;
    },
    async subscriberByEmail(email) {
      const row = db
        .prepare<[string], SubscriberRow>(
          "SELECT id, email, releases, calls, confirmed_at FROM subscribers WHERE email = ?",
        )
        .get(email);
      return row && subscriberOf(row);
    },
    async addUnsubscribeToken({ subscriberId, tokenHash }) {
      addUnsubscribeToken.run(tokenHash, subscriberId);
    },
    async deleteExpiredConfirmations(now) {
      return db
        .prepare("DELETE FROM confirmations WHERE requested_at <= ?")
        .run(now - CONFIRMATION_LIFETIME_MS).changes;
    },
    async markPublished(itemKeys, now) {
      return markPublished(itemKeys, now);
    },
    async recipients({ itemKey, topic, confirmedBy }) {
      const rows = db
        .prepare<[{ itemKey: string; confirmedBy: number }], SubscriberRow>(
          `SELECT id, email, releases, calls, confirmed_at FROM subscribers
           WHERE ${topic === "releases" ? "releases" : "calls"} = 1
             AND confirmed_at <= @confirmedBy
             AND NOT EXISTS (SELECT 1 FROM deliveries
                             WHERE subscriber_id = subscribers.id AND item_key = @itemKey AND sent_at IS NOT NULL)
           ORDER BY id`,
        )
        .all({ itemKey, confirmedBy: confirmedBy ?? Number.MAX_SAFE_INTEGER });
      return rows.map(subscriberOf);
    },
    async claimDelivery({ subscriberId, itemKey, unsubscribeTokenHash, now }) {
      await sendLock.hold();
      if (!claim(subscriberId, itemKey, unsubscribeTokenHash, now))
        return undefined;
      return {
        async complete(sentAt) {
          db.prepare(
            "UPDATE deliveries SET sent_at = ? WHERE subscriber_id = ? AND item_key = ?",
          ).run(sentAt, subscriberId, itemKey);
        },
        // The send lock keeps every other run out until this one ends: nothing to let go.
        async release() {},
      };
    },
    async close() {
      sendLock.release();
      db.close();
    },
  };
}
