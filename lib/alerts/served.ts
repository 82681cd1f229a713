/**
 * Whether a build offers e-mail alerts: the Node server always does; a static
 * export (STATIC_EXPORT=1) only when ALERTS_ENDPOINT names a server for its
 * form to post to. next.config.ts, which decides the build's routes, and the
 * app, which decides its links, read this one rule.
 */
export function alertsServed(
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return env.STATIC_EXPORT !== "1" || Boolean(env.ALERTS_ENDPOINT);
}
