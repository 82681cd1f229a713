import type { Pool, PoolClient } from "pg";
import { z } from "zod";
import { inTransaction, migrate } from "./postgres-schema";
import {
  CONFIRMATION_LIFETIME_MS,
  type AlertStore,
  type Subscriber,
} from "./store";

/** BIGINT arrives from pg as text, so that no value is silently rounded; alert times and ids fit a number. */
const bigint = z.coerce.number().int();

const subscriberRow = z.object({
  id: bigint,
  email: z.string(),
  releases: z.boolean(),
  calls: z.boolean(),
  confirmed_at: bigint,
});

const subscriberOf = (row: unknown): Subscriber => {
  const { id, email, releases, calls, confirmed_at } = subscriberRow.parse(row);
  return { id, email, topics: { releases, calls }, confirmedAt: confirmed_at };
};

const pendingEmail = z.object({ email: z.string() });
const pendingRow = z.object({
  email: z.string(),
  releases: z.boolean(),
  calls: z.boolean(),
});
const publishedRow = z.object({ item_key: z.string(), first_seen_at: bigint });

const SUBSCRIBER_COLUMNS = "id, email, releases, calls, confirmed_at";

const lockRow = z.object({ held: z.boolean() });

/**
 * Unlocks a claim's connection and returns it to the pool. Never throws: if
 * the unlock fails, the connection is dropped, and the server lets go of its
 * locks with it.
 */
const letGoOf = async (client: PoolClient, held: boolean) => {
  try {
    if (held) await client.query("SELECT pg_advisory_unlock_all()");
    client.release();
  } catch {
    client.release(true);
  }
};

/** A delivery this run holds: completed once its message has gone, or let go unsent. */
const heldClaim = (
  client: PoolClient,
  [subscriberId, itemKey]: readonly [number, string],
) => ({
  async complete(sentAt: number) {
    try {
      await client.query(
        "UPDATE deliveries SET sent_at = $3 WHERE subscriber_id = $1 AND item_key = $2",
        [subscriberId, itemKey, sentAt],
      );
    } finally {
      await letGoOf(client, true);
    }
  },
  release: () => letGoOf(client, true),
});

/** A foreign key that no longer holds: the subscriber was deleted meanwhile. */
const isGoneSubscriber = (error: unknown) =>
  error instanceof Error && "code" in error && error.code === "23503";

/**
 * The alert store over PostgreSQL, for a site on several machines: every
 * instance and every `alerts:send` run shares it. Migrates the schema
 * first; closing the store ends the pool.
 */
export async function openPostgresAlertStore(pool: Pool): Promise<AlertStore> {
  await migrate(pool);
  return {
    async addConfirmation({ tokenHash, email, topics, requestedAt }) {
      await pool.query(
        "INSERT INTO confirmations (token_hash, email, releases, calls, requested_at) VALUES ($1, $2, $3, $4, $5)",
        [tokenHash, email, topics.releases, topics.calls, requestedAt],
      );
    },
    async confirm(tokenHash, now) {
      return inTransaction(pool, async (client) => {
        const { rows: addressed } = await client.query(
          "SELECT email FROM confirmations WHERE token_hash = $1",
          [tokenHash],
        );
        if (addressed[0] === undefined) return undefined;
        // One confirmation of an address at a time, on any instance: two at
        // once would each wait on a row the other holds. The later one finds
        // its sign-up gone with the earlier's, as it would one after the other.
        await client.query(
          "SELECT pg_advisory_xact_lock(hashtext(lower($1)))",
          [pendingEmail.parse(addressed[0]).email],
        );
        const { rows } = await client.query(
          "SELECT email, releases, calls FROM confirmations WHERE token_hash = $1 AND requested_at > $2",
          [tokenHash, now - CONFIRMATION_LIFETIME_MS],
        );
        if (rows[0] === undefined) return undefined;
        const pending = pendingRow.parse(rows[0]);
        await client.query(
          `INSERT INTO subscribers (email, releases, calls, confirmed_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (lower(email)) DO UPDATE SET releases = excluded.releases, calls = excluded.calls`,
          [pending.email, pending.releases, pending.calls, now],
        );
        await client.query(
          "DELETE FROM confirmations WHERE lower(email) = lower($1)",
          [pending.email],
        );
        return { email: pending.email };
      });
    },
    async unsubscribe(tokenHash) {
      const { rowCount } = await pool.query(
        "DELETE FROM subscribers WHERE id = (SELECT subscriber_id FROM unsubscribe_tokens WHERE token_hash = $1)",
        [tokenHash],
      );
      return (rowCount ?? 0) > 0;
    },
    async subscriberByEmail(email) {
      const { rows } = await pool.query(
        `SELECT ${SUBSCRIBER_COLUMNS} FROM subscribers WHERE lower(email) = lower($1)`,
        [email],
      );
      return rows[0] === undefined ? undefined : subscriberOf(rows[0]);
    },
    async addUnsubscribeToken({ subscriberId, tokenHash }) {
      await pool.query(
        "INSERT INTO unsubscribe_tokens (token_hash, subscriber_id) VALUES ($1, $2)",
        [tokenHash, subscriberId],
      );
    },
    async deleteExpiredConfirmations(now) {
      const { rowCount } = await pool.query(
        "DELETE FROM confirmations WHERE requested_at <= $1",
        [now - CONFIRMATION_LIFETIME_MS],
      );
      return rowCount ?? 0;
    },
    async markPublished(itemKeys, now) {
      return inTransaction(pool, async (client) => {
        const { rowCount } = await client.query(
          "INSERT INTO settings (key, value) VALUES ('catalogue_recorded_at', $1) ON CONFLICT DO NOTHING",
          [now],
        );
        await client.query(
          `INSERT INTO published_items (item_key, first_seen_at)
           SELECT key, $2 FROM unnest($1::text[]) AS key ON CONFLICT DO NOTHING`,
          [itemKeys, rowCount === 1 ? 0 : now],
        );
        const { rows } = await client.query(
          "SELECT item_key, first_seen_at FROM published_items WHERE item_key = ANY($1::text[])",
          [itemKeys],
        );
        const firstSeen = new Map(
          rows.map((row) => {
            const { item_key, first_seen_at } = publishedRow.parse(row);
            return [item_key, first_seen_at] as const;
          }),
        );
        return new Map(
          itemKeys.map((key) => [key, firstSeen.get(key) ?? now] as const),
        );
      });
    },
    async recipients({ itemKey, topic, confirmedBy }) {
      const { rows } = await pool.query(
        `SELECT ${SUBSCRIBER_COLUMNS} FROM subscribers
         WHERE ${topic === "releases" ? "releases" : "calls"}
           AND confirmed_at <= $2
           AND NOT EXISTS (SELECT 1 FROM deliveries
                           WHERE subscriber_id = subscribers.id AND item_key = $1 AND sent_at IS NOT NULL)
         ORDER BY id`,
        [itemKey, confirmedBy ?? Number.MAX_SAFE_INTEGER],
      );
      return rows.map(subscriberOf);
    },
    async claimDelivery({ subscriberId, itemKey, unsubscribeTokenHash, now }) {
      const delivery: readonly [number, string] = [subscriberId, itemKey];
      try {
        // Committed before the message goes, so that its unsubscribe link works even if this run dies just after.
        await pool.query(
          "INSERT INTO unsubscribe_tokens (token_hash, subscriber_id) VALUES ($1, $2)",
          [unsubscribeTokenHash, subscriberId],
        );
        await pool.query(
          `INSERT INTO deliveries (subscriber_id, item_key, begun_at) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING`,
          [...delivery, now],
        );
      } catch (error) {
        if (isGoneSubscriber(error)) return undefined;
        throw error;
      }
      // The claim is an advisory lock on a connection of its own, held while
      // the message goes: another run passes over the delivery, a reader's
      // unsubscribe (which deletes its row) never waits on it, and a run that
      // dies drops its connection and with it the lock. No transaction stays
      // open meanwhile, for a server that ends idle ones.
      const client = await pool.connect();
      let held = false;
      try {
        const { rows } = await client.query(
          "SELECT pg_try_advisory_lock(hashtextextended($1 || ' ' || $2, 0)) AS held",
          [`alerts: delivery ${subscriberId}`, itemKey],
        );
        held = lockRow.parse(rows[0]).held;
        if (held) {
          const { rowCount } = await client.query(
            "SELECT 1 FROM deliveries WHERE subscriber_id = $1 AND item_key = $2 AND sent_at IS NULL",
            [...delivery],
          );
          if (rowCount === 1) return heldClaim(client, delivery);
        }
      } catch (error) {
        client.release(true);
        throw error;
      }
      await letGoOf(client, held);
      // This run's message will not go, so its token would open nothing.
      await pool.query("DELETE FROM unsubscribe_tokens WHERE token_hash = $1", [
        unsubscribeTokenHash,
      ]);
      return undefined;
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
