import type { APIRequestContext, Page } from "@playwright/test";
import ICAL from "ical.js";
import { calendarProblems } from "../lib/testing/calendar-check";

/** A link found on the site: the page it is on, and where it goes. */
export type FoundLink = { from: string; to: string; hash: string };

/** A URL of the site as answered: its status, size and, for a page, its ids. */
export type Answer = {
  status: number;
  /** Where a redirect goes, as a path. */
  location: string | undefined;
  bytes: number;
  contentType: string;
  ids: ReadonlySet<string>;
};

export type Crawl = {
  answers: ReadonlyMap<string, Answer>;
  links: readonly FoundLink[];
};

/** What a page or file links to and the ids it holds, read by the browser's own parsers. */
async function readDocument(
  page: Page,
  text: string,
  contentType: string,
): Promise<{ hrefs: string[]; ids: string[] }> {
  if (contentType.startsWith("text/calendar")) {
    const problems = calendarProblems(text);
    if (problems.length > 0)
      throw new Error(`an invalid calendar: ${problems.join("; ")}`);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const hrefs = calendar
      .getAllSubcomponents("vevent")
      .map((vevent) => vevent.getFirstPropertyValue("url"))
      .filter((url): url is string => typeof url === "string");
    return { hrefs, ids: [] };
  }
  const type = contentType.includes("html") ? "text/html" : "application/xml";
  return page.evaluate(
    ({ source, mimeType }) => {
      const document = new DOMParser().parseFromString(
        source,
        mimeType as DOMParserSupportedType,
      );
      const hrefs =
        mimeType === "text/html"
          ? Array.from(document.querySelectorAll("a[href]"), (anchor) =>
              anchor.getAttribute("href"),
            )
          : // Sitemap <loc>, RSS <link>, Atom <link href> and <id>.
            Array.from(document.querySelectorAll("loc, link, id"), (element) =>
              element.hasAttribute("href")
                ? element.getAttribute("href")
                : element.textContent,
            );
      return {
        hrefs: hrefs.filter((href): href is string => Boolean(href)),
        ids: Array.from(document.querySelectorAll("[id]"), (element) =>
          element.getAttribute("id"),
        ).filter((id): id is string => id !== null),
      };
    },
    { source: text, mimeType: type },
  );
}

/** The files that link into the site without being linked from a page. */
const FILES = ["/sitemap.xml", "/feed.xml", "/atom.xml", "/calendar.ics"];

/**
 * Every URL of the site reachable from the home page, the sitemap, the feeds
 * and the calendar, each fetched once without following redirects, with
 * every link found on the way.
 */
export async function crawlSite(
  page: Page,
  request: APIRequestContext,
  origin: string,
): Promise<Crawl> {
  const answers = new Map<string, Answer>();
  const links: FoundLink[] = [];
  const queue = ["/", ...FILES];
  const enqueue = (target: string) => {
    if (!answers.has(target) && !queue.includes(target)) queue.push(target);
  };
  for (let target = queue.shift(); target; target = queue.shift()) {
    if (answers.has(target)) continue;
    const response = await request.get(target, { maxRedirects: 0 });
    const body = await response.body();
    const contentType = response.headers()["content-type"] ?? "";
    const location = response.headers()["location"];
    const locationPath =
      location === undefined ? undefined : pathOf(new URL(location, origin));
    const readable = /html|xml|calendar/.test(contentType);
    const { hrefs, ids } =
      response.status() === 200 && readable
        ? await readDocument(page, body.toString("utf8"), contentType)
        : { hrefs: [], ids: [] };
    answers.set(target, {
      status: response.status(),
      location: locationPath,
      bytes: body.length,
      contentType,
      ids: new Set(ids),
    });
    if (locationPath) enqueue(locationPath);
    for (const href of hrefs) {
      const url = new URL(href, new URL(target, origin));
      if (url.origin !== origin) continue;
      links.push({ from: target, to: pathOf(url), hash: url.hash.slice(1) });
      enqueue(pathOf(url));
    }
  }
  return { answers, links };
}

const pathOf = (url: URL) => `${url.pathname}${url.search}`;

/**
 * Each link that does not lead to a page holding its anchor: a status other
 * than 200 after any redirects, or a #fragment that names no element there.
 */
export function brokenLinks({ answers, links }: Crawl): string[] {
  const arrival = (target: string, hops = 0): [string, Answer | undefined] => {
    const answer = answers.get(target);
    if (answer?.location && hops < 5) return arrival(answer.location, hops + 1);
    return [target, answer];
  };
  return links.flatMap(({ from, to, hash }) => {
    const [final, answer] = arrival(to);
    if (answer?.status !== 200)
      return [`${from} → ${to}: ${answer?.status ?? "not fetched"}`];
    if (hash && !answer.ids.has(decodeURIComponent(hash)))
      return [`${from} → ${to}#${hash}: no element #${hash} on ${final}`];
    return [];
  });
}
