import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Tests that need a PostgreSQL server: only a run that includes one of them starts it. */
const POSTGRES_TESTS = "**/*.postgres.test.ts";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // The real module throws outside React Server Components, by design.
      {
        find: "server-only",
        replacement: `${root}lib/testing/server-only-stub.ts`,
      },
    ],
  },
  test: {
    environment: "node",
    setupFiles: ["lib/testing/vitest-setup.ts"],
    // A configured origin, so that tests see absolute URLs built from it and not from a fallback.
    env: { SITE_URL: "https://ir.example.com" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "components/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
          exclude: [...configDefaults.exclude, POSTGRES_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          exclude: configDefaults.exclude,
          include: [`{lib,scripts}/${POSTGRES_TESTS}`],
          globalSetup: ["lib/testing/postgres-global-setup.ts"],
        },
      },
    ],
  },
});
