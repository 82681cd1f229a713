import { LinkifyIt } from "linkify-it";

// Releases print web addresses without a scheme ("visit www.sonusnet.com").
const linkify = new LinkifyIt({ fuzzyLink: true });

/** A web or e-mail address as written, with the URL linkify-it makes of it. */
export type LinkInText = {
  readonly text: string;
  readonly url: string;
  readonly isEmail: boolean;
  readonly start: number;
};

/** The web and e-mail addresses in a text, as linkify-it finds them ("www.sonusnet.com" included). */
export function findLinks(text: string): LinkInText[] {
  return (linkify.match(text) ?? []).map(
    ({ text: written, url, schema, index }) => ({
      text: written,
      url,
      isEmail: schema === "mailto:",
      start: index,
    }),
  );
}
