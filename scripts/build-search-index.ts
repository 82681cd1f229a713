/** Builds the static search index before `next build`: `npm run search-index`. */
import { contentDirectory, loadReleases } from "../lib/content/authoring";
import {
  SEARCH_INDEX_DIRECTORY,
  writeSearchIndex,
} from "../lib/publish/search-index";

async function main() {
  const releases = loadReleases(contentDirectory());
  await writeSearchIndex(releases);
  console.log(
    `search index: ${releases.length} releases written to ${SEARCH_INDEX_DIRECTORY}/`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
