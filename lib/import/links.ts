import { LinkifyIt } from "linkify-it";

// Releases print web addresses without a scheme ("visit www.sonusnet.com").
const linkify = new LinkifyIt({ fuzzyLink: true });

/** The web and e-mail addresses in a text, as linkify-it finds them ("www.sonusnet.com" included). */
export function findLinks(text: string): {
  readonly text: string;
  readonly url: string;
  readonly isEmail: boolean;
}[] {
  return (linkify.match(text) ?? []).map(({ text: written, url, schema }) => ({
    text: written,
    url,
    isEmail: schema === "mailto:",
  }));
}
