import { serverPort } from "./server-port";

/**
 * What the site under test sends alerts with: a database of its own, started
 * afresh with each run, and SMTP on a loopback port where e2e/alerts.spec.ts
 * listens with a real SMTP server.
 */
export const E2E_ALERTS_FOLDER = ".alerts/e2e";
export const E2E_ALERTS_DB = `${E2E_ALERTS_FOLDER}/alerts.db`;
export const e2eSmtpPort = () => serverPort("E2E_SMTP_PORT", 3125);
