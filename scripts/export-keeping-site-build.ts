/**
 * `npm run export` for the export's tests, leaving the site's own build as
 * `npm run build` left it, so that `npm start` after `npm test` serves the
 * site: Next keeps an export's build artifacts in .next whatever distDir
 * says, and the export writes its search index over public/pagefind. Both
 * are set aside and put back after; the export itself is in out/.
 */
import { execFileSync } from "node:child_process";
import { keepingAside } from "./bench-tools";
import { SEARCH_INDEX_DIRECTORY } from "../lib/publish/search-index";

keepingAside(".next", ".next-kept-by-export", () =>
  keepingAside(SEARCH_INDEX_DIRECTORY, ".pagefind-kept-by-export", () =>
    execFileSync("npm", ["run", "export"], { stdio: "inherit" }),
  ),
).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
