import type { ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Release } from "@/lib/content";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { routes } from "@/lib/site/routes";

/** A page for Pagefind to index: where its result leads, and the HTML it reads. */
export type SearchDocument = {
  readonly url: string;
  readonly html: string;
  /** The content file it comes from, for error messages. */
  readonly sourceFile: string;
};

/**
 * A page as Pagefind reads it: everything in <main> is searched and quoted,
 * the h1 is the result's title and the `date` element its date. Written as a
 * syntax tree, so that the serialiser escapes every text (a headline with
 * "<" or "&" too).
 */
function pageHtml(content: ElementContent[]): string {
  return toHtml(
    h(null, [
      { type: "doctype" },
      h("html", { lang: "en" }, [
        h("body", [h("main", { dataPagefindBody: true }, content)]),
      ]),
    ]),
    // Only a release's body, sanitised when it was rendered, goes in as HTML.
    { allowDangerousHtml: true },
  );
}

const dated = (date: string) => h("p", { dataPagefindMeta: "date" }, date);

function releaseDocument(release: Release): SearchDocument {
  return {
    url: routes.release(release.slug),
    sourceFile: release.sourceFile,
    html: pageHtml([
      h("h1", release.headline),
      dated(formatCalendarDate(release.date)),
      { type: "raw", value: release.html },
    ]),
  };
}

/** Every page search finds: each release, its headline as the title and its body as the text. */
export function searchDocuments(
  releases: readonly Release[],
): SearchDocument[] {
  return releases.map(releaseDocument);
}
