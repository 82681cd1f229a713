import { parse as parseConnectionString } from "pg-connection-string";
import { site } from "@/lib/site/config";

/** Whether this build offers alerts; next.config.ts applies the same rule to decide the build's routes. */
export { alertsServed } from "./served";

export type AlertsEnvironment = Readonly<Record<string, string | undefined>>;

/** An ALERTS_* setting that cannot be used, in words that say how to fix it. */
export class AlertsSettingError extends Error {
  override name = "AlertsSettingError";
}

/**
 * Where alerts keep their data (ALERTS_DB): a SQLite file for one machine, or
 * a PostgreSQL database that every instance of the site shares.
 */
export type AlertsDatabase =
  | { readonly kind: "sqlite"; readonly path: string }
  | {
      readonly kind: "postgres";
      readonly url: string;
      /** user@host:port/database, for messages: the URL itself may hold a password. */
      readonly where: string;
    };

export type AlertsConfig = {
  /** Created and migrated when first opened. */
  readonly database: AlertsDatabase;
  /** smtp://user:pass@host:587 or smtps://…:465 (SMTP_URL); without it messages go to `outbox`. */
  readonly smtpUrl: string | undefined;
  /** The sender (ALERTS_FROM): "Investor Relations <ir@example.com>". */
  readonly from: string;
  /** Where messages are written as .eml files when there is no SMTP server (ALERTS_OUTBOX). */
  readonly outbox: string;
  /**
   * The origin of the Node server that answers sign-ups and alert links
   * (ALERTS_ENDPOINT): the site's own, unless a static export posts to one elsewhere.
   */
  readonly endpoint: URL;
  /** Pages of these origins may post the sign-up form: the site's, and the endpoint's. */
  readonly allowedOrigins: ReadonlySet<string>;
};

function endpointOf(env: AlertsEnvironment): URL {
  if (!env.ALERTS_ENDPOINT) return site.url;
  try {
    return new URL(env.ALERTS_ENDPOINT);
  } catch {
    throw new AlertsSettingError(
      `ALERTS_ENDPOINT must be an absolute URL such as https://alerts.example.com, got ${JSON.stringify(env.ALERTS_ENDPOINT)}`,
    );
  }
}

const POSTGRES_EXAMPLE = "postgres://user:password@host:5432/database";

/**
 * The scheme a setting starts with, lower-cased: "postgres" for
 * postgres://…; undefined for a path. Read from its first characters, so
 * that a URL too malformed to parse still says it meant PostgreSQL.
 */
const schemeOf = (setting: string) =>
  /^([a-z][a-z0-9+.-]*):\/\//i.exec(setting)?.[1]?.toLowerCase();

const isPort = (port: string | null | undefined) =>
  !port || (/^\d+$/.test(port) && Number(port) >= 1 && Number(port) <= 65_535);

/** The database a setting names; `source` says where the setting came from, for its error messages. */
export function alertsDatabase(
  setting: string,
  source = "ALERTS_DB",
): AlertsDatabase {
  const scheme = schemeOf(setting);
  if (scheme === undefined) return { kind: "sqlite", path: setting };
  if (scheme !== "postgres" && scheme !== "postgresql")
    throw new AlertsSettingError(
      `${source} names a ${scheme}: database; alerts keep their data in a SQLite file (a path) or in PostgreSQL (${POSTGRES_EXAMPLE})`,
    );
  const malformed = new AlertsSettingError(
    `${source} must be a PostgreSQL URL such as ${POSTGRES_EXAMPLE}, with a host and a database name; the one set is not (it is not shown, as it may hold a password)`,
  );
  let parsed: ReturnType<typeof parseConnectionString>;
  try {
    // pg's own reading of the URL, so that the check and the connection agree.
    parsed = parseConnectionString(setting);
  } catch {
    throw malformed;
  }
  const { host, port, database, user } = parsed;
  if (!host || !database || !isPort(port)) throw malformed;
  return {
    kind: "postgres",
    url: setting,
    where: `${user ? `${user}@` : ""}${host}:${port || 5432}/${database}`,
  };
}

export function alertsConfig(env: AlertsEnvironment): AlertsConfig {
  const endpoint = endpointOf(env);
  return {
    endpoint,
    allowedOrigins: new Set([site.url.origin, endpoint.origin]),
    database: alertsDatabase(env.ALERTS_DB || ".alerts/alerts.db"),
    smtpUrl: env.SMTP_URL || undefined,
    from: env.ALERTS_FROM || `${site.name} <alerts@${site.url.hostname}>`,
    outbox: env.ALERTS_OUTBOX || ".alerts/outbox",
  };
}

/** A link that carries a token, on the endpoint: /alerts/confirm?token=… */
export function tokenUrl(
  config: AlertsConfig,
  path: string,
  token: string,
): string {
  const url = new URL(path, config.endpoint);
  url.searchParams.set("token", token);
  return url.href;
}

/** Where an alerts form posts (`path`: its route): this site, or the endpoint a static export names. */
export function alertsFormAction(config: AlertsConfig, path: string): string {
  return config.endpoint.origin === site.url.origin
    ? path
    : new URL(path, config.endpoint).href;
}
