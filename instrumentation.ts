/**
 * When the Node server starts: create and migrate the alerts database, so
 * that a bad ALERTS_DB fails the start, not a reader's sign-up. Imported only
 * on Node, since the Edge build of this file cannot load SQLite.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { alertsConfig } = await import("@/lib/alerts/config");
  const { openSqliteAlertStore } = await import("@/lib/alerts/sqlite-store");
  const { database } = alertsConfig(process.env);
  await openSqliteAlertStore(database).close();
  console.log(`alerts: database ready at ${database}`);
}
