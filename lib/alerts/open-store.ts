import { Pool } from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import {
  alertsConfig,
  AlertsSettingError,
  type AlertsDatabase,
  type AlertsEnvironment,
} from "./config";
import { signUpLimits, type SignUpLimits } from "./form-gate";
import { RATE_LIMIT_TABLE } from "./postgres-schema";
import { openPostgresAlertStore } from "./postgres-store";
import { openSqliteAlertStore } from "./sqlite-store";
import type { AlertStore } from "./store";

export type OpenedAlerts = {
  readonly store: AlertStore;
  /** Shared by every instance on PostgreSQL, and kept over a restart; this process's own on SQLite. */
  readonly limits: SignUpLimits;
};

/** A database that ALERTS_DB names and that cannot be opened, in words that say what to fix. */
export class AlertsDatabaseUnavailable extends Error {
  override name = "AlertsDatabaseUnavailable";
}

/** Long enough for a server across a network, short enough that a reader's sign-up does not hang on one that is down. */
const CONNECT_TIMEOUT_MS = 5_000;

const codeOf = (error: unknown) =>
  error instanceof Error && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;

function postgresProblem(error: unknown, where: string): string {
  const message = error instanceof Error ? error.message : String(error);
  switch (codeOf(error)) {
    case "28P01":
      return `PostgreSQL refused the password for ${where} (ALERTS_DB)`;
    case "3D000":
      return `the PostgreSQL database ${where} does not exist (ALERTS_DB); create it first`;
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
      return `cannot reach PostgreSQL at ${where} (ALERTS_DB): ${codeOf(error)}`;
    default:
      return `cannot open the PostgreSQL database ${where} (ALERTS_DB): ${message}`;
  }
}

/**
 * A pool on the PostgreSQL database a setting names, as everything that
 * uses it opens one: a bounded wait to connect, and the errors of idle
 * connections logged rather than fatal.
 */
export function postgresPool(url: string, where: string): Pool {
  const pool = new Pool({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle connection that the server drops (a restart, a failover) is
  // replaced on next use; unheard, its error would end the process.
  pool.on("error", (error) =>
    console.error(`alerts: PostgreSQL at ${where}: ${error.message}`),
  );
  return pool;
}

/** Connects once, to say at the start, in words that say what to fix, why a database cannot be used. */
export async function checkPostgres(pool: Pool, where: string): Promise<void> {
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    throw new AlertsDatabaseUnavailable(postgresProblem(error, where), {
      cause: error,
    });
  }
}

async function openPostgres(url: string, where: string): Promise<OpenedAlerts> {
  const pool = postgresPool(url, where);
  try {
    const store = await openPostgresAlertStore(pool);
    let limits: SignUpLimits | undefined;
    return {
      store,
      // Made when first asked for, by the site's forms: each limiter clears
      // its expired rows on a timer of its own, which the start-up check and
      // alerts:send, done with the pool, must not leave running.
      get limits() {
        return (limits ??= signUpLimits(
          (setting) =>
            new RateLimiterPostgres({
              ...setting,
              storeClient: pool,
              storeType: "pool",
              tableName: RATE_LIMIT_TABLE,
              tableCreated: true,
            }),
        ));
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new AlertsDatabaseUnavailable(postgresProblem(error, where), {
      cause: error,
    });
  }
}

/**
 * Opens, creating and migrating, the database ALERTS_DB names: PostgreSQL
 * for a postgres:// URL, otherwise a SQLite file. Everything that reads or
 * writes alerts opens it here.
 */
export async function openAlertsDatabase(
  database: AlertsDatabase,
): Promise<OpenedAlerts> {
  if (database.kind === "postgres")
    return openPostgres(database.url, database.where);
  try {
    return {
      store: openSqliteAlertStore(database.path),
      limits: signUpLimits(),
    };
  } catch (error) {
    throw new AlertsDatabaseUnavailable(
      `cannot open the SQLite file ${database.path} (ALERTS_DB): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/** A failure's words for the log: a setting or database that cannot be used says what to fix; anything else keeps its stack. */
export const alertsProblem = (error: unknown) =>
  error instanceof AlertsSettingError ||
  error instanceof AlertsDatabaseUnavailable
    ? error.message
    : error;

/**
 * When the server starts: opens (creating and migrating) the database, so
 * that a problem with it shows in the log at once rather than at a reader's
 * sign-up. It never stops the start: the site's pages are served whatever
 * the database's state, and the alert forms answer 503 until it can be used.
 */
export async function checkAlertsDatabase(
  env: AlertsEnvironment,
): Promise<{ readonly ready: boolean; readonly line: string }> {
  try {
    const { database } = alertsConfig(env);
    await (await openAlertsDatabase(database)).store.close();
    const where = database.kind === "postgres" ? database.where : database.path;
    return { ready: true, line: `alerts: database ready at ${where}` };
  } catch (error) {
    const problem = alertsProblem(error);
    const said =
      problem instanceof Error
        ? (problem.stack ?? problem.message)
        : String(problem);
    return {
      ready: false,
      line: `alerts: ${said}; the alert forms answer 503 until it can be used`,
    };
  }
}
