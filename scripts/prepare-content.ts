/**
 * `npm run prepare-content`, the first step of `build`, `dev` and `export`:
 * reads and checks content/, fills the content cache that `next build`
 * reads (dropping entries no release uses any more), and writes the
 * static search index into public/.
 */
import { runContentStep } from "./content-step";
import {
  SEARCH_INDEX_DIRECTORY,
  writeSearchIndex,
} from "../lib/publish/search-index";

async function main() {
  const { releases, cache } = await runContentStep();
  cache.prune();
  const counts = await writeSearchIndex(releases);
  console.log(
    `search index: ${counts.release} releases, ${counts.call} calls and ${counts.timeline} timeline entries written to ${SEARCH_INDEX_DIRECTORY}/`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
