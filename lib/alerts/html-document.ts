import type { ElementContent, Properties } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";

type HtmlDocument = {
  readonly title: string;
  /** What else the head holds: a policy, a stylesheet. */
  readonly head?: readonly ElementContent[];
  readonly bodyProperties?: Properties;
  readonly body: readonly ElementContent[];
};

/**
 * An HTML document built as a syntax tree, for the alerts' messages and
 * pages alike: hast escapes every text it is given, so a release's text or
 * an address can never become markup.
 */
export function htmlDocument({
  title,
  head = [],
  bodyProperties = {},
  body,
}: HtmlDocument): string {
  return `<!doctype html>${toHtml(
    h("html", { lang: "en" }, [
      h("head", [h("meta", { charset: "utf-8" }), ...head, h("title", title)]),
      h("body", bodyProperties, [...body]),
    ]),
  )}`;
}
