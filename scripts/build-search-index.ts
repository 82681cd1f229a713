/** Builds the static search index before `next build`: `npm run search-index`. */
import { runContentStep } from "./content-step";
import {
  SEARCH_INDEX_DIRECTORY,
  writeSearchIndex,
} from "../lib/publish/search-index";

async function main() {
  // Fills the build's content cache, so that next build reads each release parsed here.
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
