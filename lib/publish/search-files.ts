/**
 * Where a reader's browser loads the search from: Pagefind's script, which
 * the build writes to public/pagefind (lib/publish/search-index.ts). A module
 * of its own, without imports, so that the search's client code carries
 * nothing else.
 */
export const SEARCH_URL_PATH = "/pagefind";
export const SEARCH_SCRIPT_PATH = `${SEARCH_URL_PATH}/pagefind.js`;
