import ICAL from "ical.js";
import { LinkifyIt } from "linkify-it";
import {
  expect,
  test,
  type APIRequestContext,
  type Page,
} from "@playwright/test";

const linkify = new LinkifyIt();

/** Hosts that name this machine: a URL to one of them is a URL of this site. */
const THIS_MACHINE = new Set(["localhost", "127.0.0.1", "[::1]"]);

const onThisMachine = ({ hostname }: URL) => THIS_MACHINE.has(hostname);

const absoluteUrlsIn = (text: string) =>
  (linkify.match(text) ?? []).map(({ url }) => new URL(url));

async function textOf(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** Calendar lines are folded at 75 octets: read the URL and description as ical.js unfolds them. */
function urlsInCalendar(ics: string): URL[] {
  return new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents("vevent")
    .flatMap((event) =>
      ["url", "description"].flatMap((property) =>
        absoluteUrlsIn(String(event.getFirstPropertyValue(property) ?? "")),
      ),
    );
}

/** Absolute URLs in a page's attributes (links, meta tags, forms, images) and in its JSON-LD. */
async function urlsInPage(page: Page, path: string): Promise<URL[]> {
  await page.goto(path);
  const found = await page.evaluate(() => {
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === "string") strings.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === "object")
        Object.values(value).forEach(collect);
    };
    for (const element of document.querySelectorAll("*"))
      for (const name of ["href", "src", "content", "action"])
        collect(element.getAttribute(name));
    for (const script of document.querySelectorAll(
      'script[type="application/ld+json"]',
    ))
      collect(JSON.parse(script.textContent ?? "null"));
    return strings;
  });
  return found
    .filter((text) => URL.canParse(text))
    .map((text) => new URL(text));
}

test("every absolute URL the site writes points at the origin it is served on, and answers", async ({
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(String(baseURL)).origin;
  const sitemap = await textOf(request, "/sitemap.xml");
  // The sitemap also names its XML schema, on sitemaps.org.
  const pages = absoluteUrlsIn(sitemap)
    .filter(onThisMachine)
    .map(({ pathname }) => pathname);
  const calendars = pages
    .filter(
      (path) => path.startsWith("/calls/") && !path.startsWith("/calls/year/"),
    )
    .map((path) => `${path}/calendar.ics`);
  expect(pages.length).toBeGreaterThan(10);
  expect(calendars.length).toBeGreaterThan(0);

  const urlsBySource = new Map<string, URL[]>([
    ["/sitemap.xml", absoluteUrlsIn(sitemap)],
  ]);
  for (const path of pages)
    urlsBySource.set(path, await urlsInPage(page, path));
  for (const path of ["/feed.xml", "/atom.xml", "/robots.txt"])
    urlsBySource.set(path, absoluteUrlsIn(await textOf(request, path)));
  for (const path of ["/calendar.ics", ...calendars])
    urlsBySource.set(path, urlsInCalendar(await textOf(request, path)));

  const ours = new Set<string>();
  for (const [source, urls] of urlsBySource) {
    const toThisMachine = urls.filter(onThisMachine);
    // Every page has a canonical URL, every feed and calendar links its pages.
    expect(toThisMachine.length, source).toBeGreaterThan(0);
    for (const url of toThisMachine) {
      expect(url.origin, `${url.href} in ${source}`).toBe(origin);
      ours.add(url.href);
    }
  }
  for (const url of ours) {
    expect((await request.get(url)).status(), url).toBe(200);
  }
});
