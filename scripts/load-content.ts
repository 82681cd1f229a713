/**
 * Reads, checks and renders content/ (CONTENT_DIR) into the build's content
 * cache and prints how many releases it parsed: the content step of
 * `npm run build`, without the search index, for benchmarks.
 */
import {
  contentDirectory,
  defaultCacheDirectory,
  loadReleases,
  ReleaseCache,
} from "../lib/content/authoring";

loadReleases(contentDirectory(), {
  cache: new ReleaseCache(defaultCacheDirectory()),
  log: console.log,
});
