import type { TestProject } from "vitest/node";
import { serverPort } from "../../e2e/server-port";
import { startTestPostgres } from "./postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** The port of the PostgreSQL server the *.postgres.test.ts files share; each makes its own databases on it. */
    postgresPort: number;
  }
}

/** One PostgreSQL server for the whole run, started before the first file that needs it. */
export default async function setup(project: TestProject) {
  const server = await startTestPostgres(serverPort("TEST_PG_PORT", 5544));
  project.provide("postgresPort", server.port);
  return () => server.stop();
}
