import Database from "better-sqlite3";

const RETRY_MS = 200;

/**
 * One sending run at a time on a SQLite file: SQLite is one machine's, and
 * a second run waits here until the first ends. The lock is an exclusive
 * transaction on a file of its own beside the database, so that the site's
 * sign-ups never wait on it; the system drops it when its process dies, so
 * a killed run leaves nothing locked.
 */
export function sqliteSendLock(databasePath: string) {
  let lock: Database.Database | undefined;
  return {
    async hold(): Promise<void> {
      if (lock || databasePath === ":memory:") return;
      // No busy timeout: SQLite would wait it out blocking the whole process; this waits between tries.
      const file = new Database(`${databasePath}.send-lock`, { timeout: 0 });
      for (;;) {
        try {
          file.exec("BEGIN EXCLUSIVE");
          lock = file;
          return;
        } catch (error) {
          if (!(
            error instanceof Database.SqliteError &&
            error.code === "SQLITE_BUSY"
          )) {
            file.close();
            throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
      }
    },
    release(): void {
      lock?.close();
      lock = undefined;
    },
  };
}
