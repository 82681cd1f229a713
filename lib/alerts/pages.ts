import type { ElementContent } from "hast";
import { h } from "hastscript";
import tailwindColours from "tailwindcss/colors";
import { brandColours as brand } from "@/lib/site/brand-colours";
import { site, titleWithSiteName } from "@/lib/site/config";
import { htmlDocument } from "./html-document";
import { footerNote, siteSections } from "@/lib/site/navigation";
import { absoluteUrl, routes } from "@/lib/site/routes";

/**
 * The few pages alert links and form posts answer with. They are rendered
 * per request and carry no script at all, so their own policy allows none;
 * their address may hold a token, which no referrer may carry away.
 */
const headers = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
};

/** In the page itself, since the site's headers (next.config.ts) replace a route's own. */
const ownPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'";

const { slate, white } = tailwindColours;

/** The site's look in a few rules: its colours are the stylesheet's own (brandColours, Tailwind's slate). */
const style = `
:root { color-scheme: light dark; font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.6; }
body { margin: 0; color: ${slate[900]}; background: ${white}; min-height: 100vh; display: flex; flex-direction: column; }
.wrap { box-sizing: border-box; width: 100%; margin: 0 auto; max-width: 66.5rem; padding: 1rem 1.25rem; }
main.wrap { flex: 1; padding-top: 2rem; padding-bottom: 3rem; }
main.wrap > * { max-width: 40rem; }
a { color: ${brand[700]}; }
header { border-bottom: 1px solid ${slate[200]}; }
header .brand { color: inherit; font-weight: 600; text-decoration: none; }
header .brand span { display: block; font-weight: 400; font-size: 0.875rem; color: ${slate[600]}; }
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0.75rem 0 0; padding: 0; font-size: 0.875rem; }
nav a { text-decoration: none; }
nav a:hover { text-decoration: underline; }
footer { border-top: 1px solid ${slate[200]}; background: ${slate[50]}; color: ${slate[600]}; font-size: 0.875rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 1.5rem 0 1rem; }
button { font: inherit; font-weight: 600; padding: 0.6rem 1.25rem; border: 0; border-radius: 0.5rem; color: ${white}; background: ${brand[700]}; cursor: pointer; }
:focus-visible { outline: 3px solid ${brand[600]}; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  body { color: ${slate[200]}; background: ${slate[950]}; }
  header, footer { border-color: ${slate[800]}; }
  header .brand span, footer { color: ${slate[400]}; }
  footer { background: ${slate[900]}; }
  a { color: ${brand[300]}; }
  button { color: ${slate[950]}; background: ${brand[300]}; }
}`;

export type AlertPage = {
  readonly status: number;
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** One button that posts to `action`, for links that must not act on a mere visit. */
  readonly button?: {
    readonly label: string;
    readonly action: string;
    readonly fields?: Readonly<Record<string, string>>;
  };
  readonly extraHeaders?: Readonly<Record<string, string>>;
};

/** The site's sections, as every page of the site links them. */
const sectionLinks = (label: "label" | "shortLabel") =>
  h(
    "ul",
    siteSections(process.env).map((section) =>
      h("li", [h("a", { href: absoluteUrl(section.href) }, section[label])]),
    ),
  );

/** The site's header, without its search or a script: the site's name and its sections. */
const siteHeader = () =>
  h("header", [
    h("div.wrap", [
      h("a.brand", { href: absoluteUrl(routes.home) }, [
        site.company,
        h("span", "Investor Relations"),
      ]),
      h("nav", { ariaLabel: "Main" }, [sectionLinks("shortLabel")]),
    ]),
  ]);

const siteFooter = () =>
  h("footer", [
    h("div.wrap", [
      h("p", footerNote),
      h("nav", { ariaLabel: "Footer" }, [sectionLinks("label")]),
    ]),
  ]);

export function alertPageResponse(page: AlertPage): Response {
  const form: ElementContent[] = page.button
    ? [
        h("form", { method: "post", action: page.button.action }, [
          ...Object.entries(page.button.fields ?? {}).map(([name, value]) =>
            h("input", { type: "hidden", name, value }),
          ),
          h("button", { type: "submit" }, page.button.label),
        ]),
      ]
    : [];
  const html = htmlDocument({
    title: titleWithSiteName(page.title),
    head: [
      h("meta", { httpEquiv: "Content-Security-Policy", content: ownPolicy }),
      h("meta", { name: "referrer", content: "no-referrer" }),
      h("meta", {
        name: "viewport",
        content: "width=device-width, initial-scale=1",
      }),
      h("meta", { name: "robots", content: "noindex" }),
      h("style", style),
    ],
    body: [
      siteHeader(),
      h("main.wrap", [
        h("h1", page.title),
        ...page.paragraphs.map((paragraph) => h("p", paragraph)),
        ...form,
      ]),
      siteFooter(),
    ],
  });
  return new Response(html, {
    status: page.status,
    headers: { ...headers, ...page.extraHeaders },
  });
}
