/**
 * When the Node server starts: create and migrate the alerts database, so
 * that its problems show in the log at once, not at a reader's sign-up. A
 * malformed ALERTS_DB fails the start. A database that cannot be opened or
 * reached is reported and the server starts all the same: every page but
 * the alert forms' answers is served, and those answer 503 until it can be.
 * Imported only on Node, since the Edge build of this file cannot load the
 * database drivers.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { alertsConfig } = await import("@/lib/alerts/config");
  const { openAlertsDatabase } = await import("@/lib/alerts/open-store");
  const { database } = alertsConfig(process.env);
  const where = database.kind === "postgres" ? database.where : database.path;
  try {
    await (await openAlertsDatabase(database)).store.close();
    console.log(`alerts: database ready at ${where}`);
  } catch (error) {
    console.error(
      `alerts: ${error instanceof Error ? error.message : error}; the alert forms answer 503 until it can be opened`,
    );
  }
}
