/**
 * Where the browser tests build the site they serve (playwright.config.ts):
 * beside the site's own .next, which `npm start` serves after the tests.
 */
export const E2E_DIST_DIRECTORY = ".next-e2e";
