import { SEARCH_SCRIPT_PATH } from "@/lib/publish/search-files";

/*
 * Pagefind's own options, init and preload. The module is the one the
 * results import later, so they find its WebAssembly, metadata and the
 * query's index chunk loaded. On the main thread (noWorker): Pagefind's
 * worker only started once React had hydrated, and the first result took a
 * median 1,107 ms from navigation on this site, against 826 ms without it.
 * A client-side navigation to the search runs no inline script; its results
 * then load Pagefind themselves, with its default worker. Errors are left to
 * the results, which report them.
 */
const warmUp = `import(${JSON.stringify(SEARCH_SCRIPT_PATH)}).then(function(p){p.options({noWorker:true});var q=(new URLSearchParams(location.search).get("q")||"").trim();return q?p.preload(q):p.init()}).catch(function(){})`;

/**
 * Starts loading the search and the query's part of the index as soon as
 * the page is parsed, while React hydrates, rather than once it has.
 */
export function SearchWarmUp() {
  return <script type="module" dangerouslySetInnerHTML={{ __html: warmUp }} />;
}
