import { spawnSync } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Pool } from "pg";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { copiedTables } from "@/lib/alerts/copy-to-postgres";
import { RATE_LIMIT_TABLE } from "@/lib/alerts/postgres-schema";
import { openPostgresAlertStore } from "@/lib/alerts/postgres-store";
import { openSqliteAlertStore } from "@/lib/alerts/sqlite-store";
import { testDatabase } from "@/lib/testing/postgres";
import { temporaryFolder } from "@/lib/testing/temporary-folder";

const both = { releases: true, calls: true };

function alertsCopy(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(
    "node_modules/.bin/tsx",
    ["scripts/alerts-copy.ts", ...args],
    { encoding: "utf8", env: { ...process.env, ALERTS_DB: "" } },
  );
  return { status, output: stdout + stderr };
}

/** A site's SQLite file after a while: two subscribers, one alert sent, a sign-up waiting. */
async function sqliteSite() {
  const file = join(temporaryFolder("alerts-copy-"), "alerts.db");
  const store = openSqliteAlertStore(file);
  for (const email of ["ann@example.com", "Bob@Example.com"]) {
    await store.addConfirmation({
      tokenHash: email,
      email,
      topics: both,
      requestedAt: 10,
    });
    await store.confirm(email, 20);
  }
  await store.markPublished(["release.old"], 30);
  await store.markPublished(["release.old", "release.new"], 40);
  const claim = await store.claimDelivery({
    subscriberId: 1,
    itemKey: "release.new",
    unsubscribeTokenHash: "ann-unsubscribe",
    now: 50,
  });
  await claim?.complete(51);
  await store.addConfirmation({
    tokenHash: "carol-pending",
    email: "carol@example.com",
    topics: { releases: false, calls: true },
    requestedAt: Date.now(),
  });
  await store.close();
  return file;
}

describe("npm run alerts:copy", () => {
  it("copies every column of every table the two schemas share, as PostgreSQL types it", async () => {
    const sqliteFile = join(temporaryFolder("alerts-schema-"), "alerts.db");
    await openSqliteAlertStore(sqliteFile).close();
    const file = new Database(sqliteFile, { readonly: true });
    const sqliteColumns = z
      .array(z.object({ name: z.string() }))
      .parse(
        file
          .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
          )
          .all(),
      )
      .map(({ name: table }) => ({
        table,
        columns: z
          .array(z.object({ name: z.string() }))
          .parse(file.prepare(`PRAGMA table_info(${table})`).all())
          .map(({ name }) => name),
      }));
    file.close();

    const url = await testDatabase("schema");
    await (
      await openPostgresAlertStore(new Pool({ connectionString: url }))
    ).close();
    const pool = new Pool({ connectionString: url });
    const { rows } = await pool.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name NOT IN ('alert_migrations', $1)
       ORDER BY table_name, ordinal_position`,
      [RATE_LIMIT_TABLE],
    );
    await pool.end();
    const postgresColumns = z
      .array(
        z.object({
          table_name: z.string(),
          column_name: z.string(),
          data_type: z.string(),
        }),
      )
      .parse(rows);

    const copied = copiedTables
      .map(({ name, columns }) => ({ table: name, columns }))
      .toSorted((a, b) => a.table.localeCompare(b.table));
    expect(
      copied.map(({ table, columns }) => ({
        table,
        columns: Object.keys(columns),
      })),
    ).toEqual(sqliteColumns);
    expect(
      copied.flatMap(({ table, columns }) =>
        Object.entries(columns).map(([column, type]) => [table, column, type]),
      ),
    ).toEqual(
      postgresColumns.map(({ table_name, column_name, data_type }) => [
        table_name,
        column_name,
        data_type,
      ]),
    );
  });

  it("moves a SQLite file's alerts into an empty PostgreSQL database, counting them, and the site carries on there", async () => {
    const file = await sqliteSite();
    const url = await testDatabase("copy");
    const copy = alertsCopy(file, url);
    expect(copy.status, copy.output).toBe(0);
    expect(copy.output).toContain(
      `alerts:copy: copied 2 subscribers, 1 confirmations, 1 unsubscribe tokens, 1 settings, 2 published items, 1 deliveries from ${file} to ir_test@127.0.0.1:`,
    );
    expect(copy.output).not.toContain("ir-test-password");

    const store = await openPostgresAlertStore(
      new Pool({ connectionString: url }),
    );
    try {
      expect(await store.subscriberByEmail("bob@example.com")).toEqual({
        id: 2,
        email: "Bob@Example.com",
        topics: both,
        confirmedAt: 20,
      });
      // Ann had the new release; Bob had not. Nothing is taken for new.
      expect(
        (
          await store.recipients({ itemKey: "release.new", topic: "releases" })
        ).map(({ email }) => email),
      ).toEqual(["Bob@Example.com"]);
      expect(
        await store.markPublished(["release.old", "release.new"], 60),
      ).toEqual(
        new Map([
          ["release.old", 0],
          ["release.new", 40],
        ]),
      );
      // Carol's link from before the move still confirms her, and she is numbered after the others.
      expect(await store.confirm("carol-pending", Date.now())).toEqual({
        email: "carol@example.com",
      });
      expect(await store.subscriberByEmail("carol@example.com")).toMatchObject({
        id: 3,
      });
      // So does the unsubscribe link of the alert Ann was sent.
      expect(await store.unsubscribe("ann-unsubscribe")).toBe(true);
    } finally {
      await store.close();
    }

    const again = alertsCopy(file, url);
    expect(again.status).toBe(1);
    expect(again.output).toContain(
      "alerts:copy: the PostgreSQL database already holds alerts (its subscribers table is not empty); copy into a new, empty database",
    );
  }, 30_000);

  it("says how to call it when the target is not a PostgreSQL URL", () => {
    const copy = alertsCopy("alerts.db", "other.db");
    expect(copy.status).toBe(1);
    expect(copy.output).toContain(
      "alerts:copy: usage: npm run alerts:copy -- <SQLite file> [postgres://",
    );
  });
});
