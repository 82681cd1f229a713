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

const pendingRow = z.object({
  email: z.string(),
  releases: z.boolean(),
  calls: z.boolean(),
});
const publishedRow = z.object({ item_key: z.string(), first_seen_at: bigint });

const SUBSCRIBER_COLUMNS = "id, email, releases, calls, confirmed_at";

/**
 * Ends a client's transaction unfinished and returns it to the pool. Never
 * throws: if the rollback fails, the connection is lost, and the server
 * has ended the transaction and its locks already.
 */
const letGo = (client: PoolClient) =>
  client.query("ROLLBACK").then(
    () => client.release(),
    () => client.release(true),
  );

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
        // The row lock makes a second confirmation of the same token, on another instance, wait and then find nothing.
        const { rows } = await client.query(
          "SELECT email, releases, calls FROM confirmations WHERE token_hash = $1 AND requested_at > $2 FOR UPDATE",
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
      const delivery = [subscriberId, itemKey];
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
      // The claim is a row lock held while the message goes: another run
      // skips the row, and a run that dies drops its connection and with it the lock.
      const client = await pool.connect();
      let held: boolean;
      try {
        await client.query("BEGIN");
        const { rowCount } = await client.query(
          `SELECT 1 FROM deliveries WHERE subscriber_id = $1 AND item_key = $2 AND sent_at IS NULL
           FOR UPDATE SKIP LOCKED`,
          delivery,
        );
        held = rowCount === 1;
      } catch (error) {
        await letGo(client);
        throw error;
      }
      if (!held) {
        await letGo(client);
        // This run's message will not go, so its token would open nothing.
        await pool.query(
          "DELETE FROM unsubscribe_tokens WHERE token_hash = $1",
          [unsubscribeTokenHash],
        );
        return undefined;
      }
      return {
        async complete(sentAt) {
          try {
            await client.query(
              "UPDATE deliveries SET sent_at = $3 WHERE subscriber_id = $1 AND item_key = $2",
              [...delivery, sentAt],
            );
            await client.query("COMMIT");
            client.release();
          } catch (error) {
            client.release(true);
            throw error;
          }
        },
        release: () => letGo(client),
      };
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
