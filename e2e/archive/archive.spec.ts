import { expect, test, type Page } from "@playwright/test";
import Parser from "rss-parser";
import { FEED_RELEASE_COUNT } from "@/lib/publish/feeds";
import { brokenLinks, crawlSite } from "../site-crawl";
import { ARCHIVE } from "./archive-site";

/** The most HTML one page of the site may weigh, however long the archive. */
const PAGE_BYTES_BOUND = 150 * 1024;

test("every link and anchor of a five-year archive leads to a page that holds it, and no page passes the size bound", async ({
  page,
  request,
  baseURL,
}) => {
  if (!baseURL) throw new Error("no baseURL");
  const crawl = await crawlSite(page, request, new URL(baseURL).origin);
  expect(brokenLinks(crawl)).toEqual([]);
  const pages = [...crawl.answers].filter(([, answer]) =>
    answer.contentType.includes("text/html"),
  );
  // Every release, call and year page at least.
  expect(pages.length).toBeGreaterThan(ARCHIVE.releases + ARCHIVE.calls);
  expect(
    pages
      .filter(([, answer]) => answer.bytes > PAGE_BYTES_BOUND)
      .map(([path, answer]) => `${path}: ${answer.bytes} bytes`),
  ).toEqual([]);
});

test("the feeds carry the latest releases, newest first", async ({
  page,
  request,
}) => {
  const feed = await new Parser().parseString(
    await (await request.get("/feed.xml")).text(),
  );
  await page.goto("/releases");
  const newest = await page
    .locator("main h3 a")
    .evaluateAll((links) =>
      links.map((link) => (link as HTMLAnchorElement).href),
    );
  expect(newest).toHaveLength(ARCHIVE.releases);
  expect(feed.items.map(({ link = "" }) => new URL(link).pathname)).toEqual(
    newest.slice(0, FEED_RELEASE_COUNT).map((href) => new URL(href).pathname),
  );
});

/** The year navigation of the page: its links' names, and the one marked current. */
async function yearNavigation(page: Page, name: string) {
  const nav = page.getByRole("navigation", { name });
  const links = await nav.getByRole("link").allTextContents();
  const current = await nav.locator('a[aria-current="page"]').allTextContents();
  return { nav, links, current };
}

const LISTS = [
  {
    path: "/releases",
    nav: "Press releases by year",
    h1: "Press releases from",
  },
  {
    path: "/calls",
    nav: "Calls and events by year",
    h1: "Calls and events in",
  },
  { path: "/timeline", nav: "Timeline by year", h1: "Timeline," },
  { path: "/filings", nav: "SEC filings by year", h1: "SEC filings of" },
] as const;

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const list of LISTS) {
    test(`${list.path} links every year of the archive, and each year's page says which it is`, async ({
      page,
    }) => {
      await page.goto(list.path);
      const first = await yearNavigation(page, list.nav);
      expect(first.current).toEqual(["Latest"]);
      const years = first.links.slice(1);
      expect(years.length).toBeGreaterThan(1);
      expect(years).toEqual([...years].sort().reverse());
      for (const year of years) {
        await page.goto(list.path);
        await first.nav.getByRole("link", { name: year, exact: true }).click();
        await expect(page.getByRole("heading", { level: 1 })).toContainText(
          `${list.h1} ${year}`,
        );
        expect((await yearNavigation(page, list.nav)).current).toEqual([year]);
      }
    });
  }

  test("the year pages hold every release and every call of the archive once", async ({
    page,
  }) => {
    const linksOn = async (path: string, prefix: string) => {
      await page.goto(path);
      return page
        .locator(`main a[href^="${prefix}"]`)
        .evaluateAll((links) =>
          links.map((link) => link.getAttribute("href") ?? ""),
        );
    };
    const releases = [];
    const calls = [];
    for (const year of ARCHIVE.years) {
      releases.push(
        ...(await linksOn(`/releases/year/${year}`, "/releases/2")),
      );
      calls.push(...new Set(await linksOn(`/calls/year/${year}`, "/calls/2")));
    }
    expect(releases).toHaveLength(ARCHIVE.releases);
    expect(new Set(releases).size).toBe(ARCHIVE.releases);
    expect(calls).toHaveLength(ARCHIVE.calls);
    expect(new Set(calls).size).toBe(calls.length);
  });
});

test("the timeline's year and kind filters are reached by keyboard and keep to the year", async ({
  page,
}) => {
  await page.goto("/timeline");
  const { links } = await yearNavigation(page, "Timeline by year");
  const earliest = links.at(-1);
  if (!earliest) throw new Error("no year on /timeline");
  const target = page
    .getByRole("navigation", { name: "Timeline by year" })
    .getByRole("link", { name: earliest, exact: true });
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((link) => link === document.activeElement)) break;
  }
  await expect(target).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/timeline/year/${earliest}$`));
  const kinds = page.getByRole("navigation", {
    name: "Filter by kind of event",
  });
  const hrefs = await kinds
    .getByRole("link")
    .evaluateAll((anchors) =>
      anchors.map((anchor) => anchor.getAttribute("href")),
    );
  expect(hrefs[0]).toBe(`/timeline/year/${earliest}`);
  for (const href of hrefs.slice(1))
    expect(href).toMatch(new RegExp(`^/timeline/year/${earliest}/kind/`));
  await kinds.getByRole("link").nth(1).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(earliest);
  await expect(page.locator("main h2")).toHaveText([earliest]);
});
