import "server-only";
import { alertsConfig } from "./config";
import { createMailer } from "./mailer";
import { openSqliteAlertStore } from "./sqlite-store";
import type { AlertStore } from "./store";
import { signUpLimits } from "./form-gate";

/** The running site's alerts: one store, mailer and set of limits per server process, made on first use. */
export const alerts = (() => {
  let store: AlertStore | undefined;
  const config = alertsConfig(process.env);
  const limits = signUpLimits();
  const mailer = createMailer(config);
  return {
    config,
    limits,
    mailer,
    store: () => (store ??= openSqliteAlertStore(config.database)),
    now: () => Date.now(),
  };
})();
