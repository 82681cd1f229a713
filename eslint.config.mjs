import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Outside lib/content, content is reached through its two faces: pages and
    // feeds through lib/content (index), the importer and scripts through
    // lib/content/authoring.
    files: ["**/*.{ts,tsx,mts}"],
    ignores: ["lib/content/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/lib/content/*", "!**/lib/content/authoring"],
              message:
                "Import lib/content (pages) or lib/content/authoring (importer, scripts), not its modules.",
            },
          ],
        },
      ],
    },
  },
  {
    // Links to the site's own pages go through SiteLink, which does not prefetch.
    files: ["**/*.{ts,tsx,mts}"],
    ignores: ["components/ui/site-link.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/link",
              message:
                "Use SiteLink (components/ui/site-link.tsx): a page that prefetches every link in view loads slowly on a phone.",
            },
          ],
        },
      ],
    },
  },
  {
    // Modules a newcomer can read at a sitting.
    files: ["lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: { "max-lines": ["error", { max: 250 }] },
  },
  {
    // The importer's extractors stay small enough to test one by one.
    files: ["lib/import/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "max-lines-per-function": [
        "error",
        { max: 60, skipBlankLines: true, skipComments: true },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-bench*/**",
    ".next-archive/**",
    ".next-e2e/**",
    ".next-kept-by-export/**",
    ".pagefind-kept-by-export/**",
    ".e2e-archive/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "playwright-report/**",
    "test-results/**",
    "screenshots/**",
    "public/pagefind/**",
  ]),
]);
