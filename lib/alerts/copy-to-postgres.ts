import Database from "better-sqlite3";
import type { Pool, PoolClient } from "pg";
import { z } from "zod";
import { inTransaction, migrate } from "./postgres-schema";
import { SQLITE_SCHEMA_VERSION } from "./sqlite-store";

/**
 * Each table that moves, read from SQLite and written to PostgreSQL with the
 * types PostgreSQL gives its columns. Everything moves: subscribers, with
 * their ids, which alerts' Message-IDs carry; sign-ups still waiting for
 * their confirmation; the unsubscribe tokens of messages already sent, so
 * that their links still work; what was published when, so that nothing is
 * announced again or taken for new; and deliveries, so that no one is sent
 * an alert twice. The sign-up limits are each process's memory on SQLite:
 * there is nothing of them to move.
 */
export const copiedTables = [
  {
    name: "subscribers",
    columns: {
      id: "bigint",
      email: "text",
      releases: "boolean",
      calls: "boolean",
      confirmed_at: "bigint",
    },
  },
  {
    name: "confirmations",
    columns: {
      token_hash: "text",
      email: "text",
      releases: "boolean",
      calls: "boolean",
      requested_at: "bigint",
    },
  },
  {
    name: "unsubscribe_tokens",
    columns: { token_hash: "text", subscriber_id: "bigint" },
  },
  { name: "settings", columns: { key: "text", value: "bigint" } },
  {
    name: "published_items",
    columns: { item_key: "text", first_seen_at: "bigint" },
  },
  {
    name: "deliveries",
    columns: {
      subscriber_id: "bigint",
      item_key: "text",
      begun_at: "bigint",
      sent_at: "bigint",
    },
  },
] as const;

/** How many rows of each table were copied, in the order above. */
export type CopyCounts = readonly {
  readonly table: string;
  readonly rows: number;
}[];

const cell = z.union([z.string(), z.number(), z.null()]);
const sqliteRow = z.record(z.string(), cell);

/** SQLite keeps booleans as 0 and 1. */
const valueFor = (type: string, value: z.infer<typeof cell>) =>
  type === "boolean" ? value === 1 : value;

function readSqlite(path: string) {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const version = db.pragma("user_version", { simple: true });
    if (version !== SQLITE_SCHEMA_VERSION)
      throw new Error(
        `${path} has alerts schema version ${String(version)}, and this copy reads version ${SQLITE_SCHEMA_VERSION}: open it once with this version of the site (npm start or npm run alerts:send), then copy`,
      );
    return copiedTables.map((table) => ({
      table,
      rows: db
        .prepare(
          `SELECT ${Object.keys(table.columns).join(", ")} FROM ${table.name}`,
        )
        .all()
        .map((row) => sqliteRow.parse(row)),
    }));
  } finally {
    db.close();
  }
}

async function refuseUnlessEmpty(client: PoolClient) {
  for (const { name } of copiedTables) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${name} LIMIT 1`);
    if (rowCount)
      throw new Error(
        `the PostgreSQL database already holds alerts (its ${name} table is not empty); copy into a new, empty database`,
      );
  }
}

/**
 * Copies a SQLite alerts file into a PostgreSQL database, migrating it first,
 * in one transaction: into an empty database only, so that nothing is merged
 * or sent twice. The file is only read.
 */
export async function copySqliteToPostgres(
  sqlitePath: string,
  pool: Pool,
): Promise<CopyCounts> {
  const read = readSqlite(sqlitePath);
  await migrate(pool);
  return inTransaction(pool, async (client) => {
    await refuseUnlessEmpty(client);
    const counts = [];
    for (const { table, rows } of read) {
      const columns = Object.entries(table.columns);
      // One array per column, unnested into rows: one statement per table, whatever its size.
      await client.query(
        `INSERT INTO ${table.name} (${columns.map(([name]) => name).join(", ")})
         SELECT * FROM unnest(${columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(", ")})`,
        columns.map(([name, type]) =>
          rows.map((row) => valueFor(type, row[name] ?? null)),
        ),
      );
      counts.push({ table: table.name, rows: rows.length });
    }
    // New subscribers are numbered after the copied ones.
    await client.query(
      "SELECT setval(pg_get_serial_sequence('subscribers', 'id'), COALESCE((SELECT max(id) FROM subscribers), 0) + 1, false)",
    );
    return counts;
  });
}
