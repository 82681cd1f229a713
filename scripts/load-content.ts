/**
 * Reads, checks and renders content/ (CONTENT_DIR) into the build's content
 * cache and prints how many releases it parsed: the content step of
 * `npm run build`, without the search index, for benchmarks.
 */
import { runContentStep } from "./content-step";

runContentStep().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
