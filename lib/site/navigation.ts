import { servedPages } from "@/lib/site/pages";

/**
 * The site's sections this build serves, in the order of the page registry
 * (lib/site/pages.ts): where each leads, its label (footer) and short label
 * (header).
 */
export function siteSections(
  env: Readonly<Record<string, string | undefined>>,
) {
  return servedPages(env).flatMap(({ route, section }) =>
    section ? [{ href: route, ...section }] : [],
  );
}

/** What the footer of every page says of what it shows. */
export const footerNote =
  "Press releases are shown as issued. Information in a release, including forward-looking statements and contact details, was current only as of its date.";
