import { serverPort } from "./server-port";

/**
 * What the site under test sends alerts with: a database of its own, started
 * afresh with each run, and SMTP on a loopback port where e2e/alerts.spec.ts
 * listens with a real SMTP server.
 */
export const E2E_ALERTS_FOLDER = ".alerts/e2e";
export const E2E_ALERTS_DB = `${E2E_ALERTS_FOLDER}/alerts.db`;
export const e2eSmtpPort = () => serverPort("E2E_SMTP_PORT", 3125);

/**
 * e2e/alerts-instances.spec.ts runs the site as on several machines: a
 * PostgreSQL server, two `next start` instances of the same build sharing
 * it, and a third whose PostgreSQL is down.
 */
export const e2eInstancePorts = () => ({
  postgres: serverPort("E2E_PG_PORT", 3170),
  first: serverPort("E2E_INSTANCE_PORT", 3171),
  second: serverPort("E2E_SECOND_INSTANCE_PORT", 3172),
  databaseDown: serverPort("E2E_DB_DOWN_PORT", 3173),
});
