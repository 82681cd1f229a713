import { sitePages } from "../lib/site/pages";

/**
 * One page of each kind the site has, from the page registry, and the
 * not-found page: for the checks that go through them all.
 */
export const PAGE_TYPES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.entries(sitePages).map(([name, { example }]) => [name, example]),
  ),
  "not found": "/no-such-page",
};
