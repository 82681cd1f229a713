/**
 * `npm run prepare-content`, the first step of `dev` and `export`:
 * reads and checks content/, fills the content cache that `next build`
 * reads (dropping entries no release uses any more), and writes the
 * static search index into public/.
 */
import { runContentStep } from "./content-step";
import {
  describeSearchIndex,
  writeSearchIndex,
} from "../lib/publish/search-index";

async function main() {
  const { releases, cache } = await runContentStep();
  cache.prune();
  console.log(describeSearchIndex(await writeSearchIndex(releases)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
