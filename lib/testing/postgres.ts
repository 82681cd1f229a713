import { inject } from "vitest";
import { createTestDatabase } from "./postgres-server";

/** A new empty database on the run's test server (lib/testing/postgres-global-setup.ts), and its URL. */
export const testDatabase = (prefix: string) =>
  createTestDatabase(inject("postgresPort"), prefix);
