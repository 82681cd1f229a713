import { site } from "@/lib/site/config";

/** Whether this build offers alerts; next.config.js applies the same rule to decide the build's routes. */
export { alertsServed } from "./served";

type AlertsEnvironment = Readonly<Record<string, string | undefined>>;

export type AlertsConfig = {
  /** The SQLite file (ALERTS_DB), created and migrated when first opened. */
  readonly database: string;
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
    throw new Error(
      `ALERTS_ENDPOINT must be an absolute URL such as https://alerts.example.com, got ${JSON.stringify(env.ALERTS_ENDPOINT)}`,
    );
  }
}

export function alertsConfig(env: AlertsEnvironment): AlertsConfig {
  const endpoint = endpointOf(env);
  return {
    endpoint,
    allowedOrigins: new Set([site.url.origin, endpoint.origin]),
    database: env.ALERTS_DB || ".alerts/alerts.db",
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
