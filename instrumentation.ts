/**
 * When the Node server starts: create and migrate the alerts database, so
 * that its problems show in the log at once, not at a reader's sign-up
 * (lib/alerts/open-store.ts, checkAlertsDatabase). Imported only on Node,
 * since the Edge build of this file cannot load the database drivers.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkAlertsDatabase } = await import("@/lib/alerts/open-store");
  const { ready, line } = await checkAlertsDatabase(process.env);
  (ready ? console.log : console.error)(line);
}
