/**
 * `npm run alerts:copy -- <SQLite file> [PostgreSQL URL]`: moves a site's
 * alerts from its SQLite file into PostgreSQL (the URL, else ALERTS_DB), for
 * a site that grows past one machine (docs/alerts.md). The file is only
 * read; the database must be empty.
 */
import { alertsDatabase } from "../lib/alerts/config";
import { copySqliteToPostgres } from "../lib/alerts/copy-to-postgres";
import { checkPostgres, postgresPool } from "../lib/alerts/open-store";

const USAGE =
  "usage: npm run alerts:copy -- <SQLite file> [postgres://user:password@host:5432/database, else ALERTS_DB]";

async function main() {
  const [sqlitePath, url = process.env.ALERTS_DB ?? "", ...extra] =
    process.argv.slice(2);
  if (!sqlitePath || extra.length > 0) throw new Error(USAGE);
  const target = alertsDatabase(url, "the PostgreSQL URL (or ALERTS_DB)");
  if (target.kind !== "postgres") throw new Error(USAGE);
  const pool = postgresPool(target.url, target.where);
  try {
    await checkPostgres(pool, target.where);
    const counts = await copySqliteToPostgres(sqlitePath, pool);
    const copied = counts
      .map(({ table, rows }) => `${rows} ${table.replace("_", " ")}`)
      .join(", ");
    console.log(
      `alerts:copy: copied ${copied} from ${sqlitePath} to ${target.where}`,
    );
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(
    `alerts:copy: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
});
