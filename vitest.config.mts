import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

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
    include: [
      "lib/**/*.test.ts",
      "components/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
    setupFiles: ["lib/testing/vitest-setup.ts"],
    // A configured origin, so that tests see absolute URLs built from it and not from a fallback.
    env: { SITE_URL: "https://ir.example.com" },
  },
});
