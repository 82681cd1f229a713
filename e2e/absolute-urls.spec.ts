import ICAL from "ical.js";
import { LinkifyIt } from "linkify-it";
import { expect, test, type APIRequestContext } from "@playwright/test";

const linkify = new LinkifyIt();

/** Hosts that name this machine: a URL to one of them is a URL of this site. */
const THIS_MACHINE = new Set(["localhost", "127.0.0.1", "[::1]"]);

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

test("every absolute URL the site writes points at the origin it is served on, and answers", async ({
  request,
  baseURL,
}) => {
  const origin = new URL(String(baseURL)).origin;
  const sitemap = await textOf(request, "/sitemap.xml");
  const pages = absoluteUrlsIn(sitemap).map(({ pathname }) => pathname);
  const calendars = pages
    .filter((path) => path.startsWith("/calls/"))
    .map((path) => `${path}/calendar.ics`);
  expect(pages.length).toBeGreaterThan(10);
  expect(calendars.length).toBeGreaterThan(0);

  const urlsBySource = new Map<string, URL[]>([
    ["/sitemap.xml", absoluteUrlsIn(sitemap)],
  ]);
  for (const path of [...pages, "/feed.xml", "/atom.xml", "/robots.txt"])
    urlsBySource.set(path, absoluteUrlsIn(await textOf(request, path)));
  for (const path of ["/calendar.ics", ...calendars])
    urlsBySource.set(path, urlsInCalendar(await textOf(request, path)));

  const ours = new Set<string>();
  for (const [source, urls] of urlsBySource) {
    const toThisMachine = urls.filter(({ hostname }) =>
      THIS_MACHINE.has(hostname),
    );
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
