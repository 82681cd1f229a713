import { readFileSync } from "node:fs";
import path from "node:path";
import Parser from "rss-parser";
import {
  expect,
  test,
  type APIRequestContext,
  type Page,
} from "@playwright/test";
import { dayIn, READER_ZONES } from "../lib/testing/reader-zones";
import { E2E_DIST_DIRECTORY } from "./site-build";

const HEADLINE_2005 =
  "Sonus Networks Announces Preliminary 2004 Fourth Quarter Financial Results";
const HEADLINE_2004 =
  "Sonus Networks Provides Update on Status of Its Financial Results";
const SLUG_2005 = "2005-03-03-preliminary-fourth-quarter-2004-results";
const SLUG_2004 = "2004-03-29-update-on-status-of-financial-results";

test.describe("feeds", () => {
  for (const [feedPath, type] of [
    ["/feed.xml", "application/rss+xml"],
    ["/atom.xml", "application/atom+xml"],
  ] as const) {
    test(`${feedPath} parses and holds both releases, newest first, in full`, async ({
      request,
      baseURL,
    }) => {
      const response = await request.get(feedPath);
      expect(response.headers()["content-type"]).toContain(type);
      const feed = await new Parser<
        object,
        { "content:encoded"?: string }
      >().parseString(await response.text());
      const fullText = feed.items.map(
        (item) => item["content:encoded"] ?? item.content ?? "",
      );
      expect(feed.items.map((item) => item.title)).toEqual([
        HEADLINE_2005,
        HEADLINE_2004,
      ]);
      expect(feed.items.map((item) => item.link)).toEqual([
        `${baseURL}/releases/${SLUG_2005}`,
        `${baseURL}/releases/${SLUG_2004}`,
      ]);
      expect(fullText[0]).toContain(
        "The reservation number for the replay is 21228369.",
      );
      expect(fullText[1]).toContain(
        "The access code for the replay is 21190372.",
      );
      for (const zone of READER_ZONES) {
        expect(
          feed.items.map(({ isoDate = "" }) => dayIn(isoDate, zone)),
          zone,
        ).toEqual(["2005-03-03", "2004-03-29"]);
      }
    });
  }

  test("every page advertises both feeds and carries Open Graph and Twitter tags", async ({
    page,
  }) => {
    for (const pagePath of [
      "/",
      "/releases",
      `/releases/${SLUG_2004}`,
      "/calls",
      "/timeline",
      "/contacts",
      "/search",
    ]) {
      await page.goto(pagePath);
      await expect(
        page.locator('link[rel="alternate"][type="application/rss+xml"]'),
      ).toHaveAttribute("href", /\/feed\.xml$/);
      await expect(
        page.locator('link[rel="alternate"][type="application/atom+xml"]'),
      ).toHaveAttribute("href", /\/atom\.xml$/);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
        "content",
        /\S/,
      );
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
        "content",
        new RegExp(`${pagePath === "/" ? "" : pagePath}$`),
      );
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
        "content",
        /^summary/,
      );
    }
  });
});

/** The sitemap's entries, read by the browser's XML parser. */
async function sitemapEntries(
  page: Page,
  request: APIRequestContext,
): Promise<{ loc: string; lastmod: string | undefined }[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  return page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, "application/xml");
    return Array.from(document.getElementsByTagName("url"), (url) => ({
      loc: url.getElementsByTagName("loc")[0]?.textContent ?? "",
      lastmod: url.getElementsByTagName("lastmod")[0]?.textContent ?? undefined,
    }));
  }, xml);
}

test("the sitemap lists every page the build made for search engines, and robots.txt names it", async ({
  page,
  request,
  baseURL,
}) => {
  const manifest = JSON.parse(
    readFileSync(
      path.join(__dirname, "..", E2E_DIST_DIRECTORY, "prerender-manifest.json"),
      "utf8",
    ),
  ) as {
    routes: Record<string, unknown>;
  };
  // Pages, not files: no extension, no opengraph image, not Next's own error pages.
  const builtPages = Object.keys(manifest.routes).filter(
    (route) =>
      !/\.[a-z]+$/.test(route) &&
      !route.endsWith("/opengraph-image") &&
      !route.startsWith("/_"),
  );
  // A page that asks search engines not to index it ("check your inbox") has no place there.
  const pages = [];
  for (const route of builtPages) {
    const html = await (await request.get(route)).text();
    const robots = await page.evaluate(
      (text) =>
        new DOMParser()
          .parseFromString(text, "text/html")
          .querySelector('meta[name="robots"]')
          ?.getAttribute("content") ?? "",
      html,
    );
    if (!robots.includes("noindex")) pages.push(route);
  }
  expect(pages.length).toBeLessThan(builtPages.length);
  const listed = (await sitemapEntries(page, request)).map(
    ({ loc }) => new URL(loc).pathname,
  );
  expect([...listed].sort()).toEqual([...pages].sort());
  expect(new Set(listed).size).toBe(listed.length);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test.describe("structured data", () => {
  const jsonLdOf = async (page: Page, pagePath: string) => {
    await page.goto(pagePath);
    const text = await page
      .locator('script[type="application/ld+json"]')
      .textContent();
    return JSON.parse(text ?? "") as Record<string, unknown>;
  };

  test("releases are NewsArticles published on their dateline day in every zone, as Open Graph and the sitemap say", async ({
    page,
    request,
  }) => {
    const sitemap = await sitemapEntries(page, request);
    for (const [slug, date, headline] of [
      [SLUG_2004, "2004-03-29", HEADLINE_2004],
      [SLUG_2005, "2005-03-03", HEADLINE_2005],
    ] as const) {
      const data = await jsonLdOf(page, `/releases/${slug}`);
      expect(data).toMatchObject({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline,
      });
      const openGraph = await page
        .locator('meta[property="article:published_time"]')
        .getAttribute("content");
      const { lastmod = "" } =
        sitemap.find(({ loc }) => loc.endsWith(`/releases/${slug}`)) ?? {};
      for (const zone of READER_ZONES) {
        expect(dayIn(String(data.datePublished), zone), zone).toBe(date);
        expect(dayIn(openGraph ?? "", zone), zone).toBe(date);
        expect(dayIn(lastmod, zone), zone).toBe(date);
      }
    }
  });

  test("calls are Events whose start carries its UTC offset", async ({
    page,
  }) => {
    const call2004 = await jsonLdOf(page, `/calls/${SLUG_2004}-call`);
    expect(call2004).toMatchObject({
      "@type": "Event",
      startDate: "2004-03-29T08:30:00-05:00",
    });
    expect(Date.parse(String(call2004.startDate))).toBe(
      Date.parse("2004-03-29T13:30:00Z"),
    );
    const call2005 = await jsonLdOf(page, `/calls/${SLUG_2005}-call`);
    expect(call2005).toMatchObject({
      "@type": "Event",
      startDate: "2005-03-03T16:45:00-05:00",
    });
  });

  test("the home page describes the company", async ({ page }) => {
    expect(await jsonLdOf(page, "/")).toMatchObject({
      "@type": "Corporation",
      name: "Sonus Networks",
      tickerSymbol: "NASDAQ SONS",
    });
  });
});

test("a release prints without navigation or footer, with link addresses shown", async ({
  page,
}) => {
  await page.goto(`/releases/${SLUG_2005}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("search").first()).toBeHidden();
  const addressShown = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((link) => getComputedStyle(link, "::after").content);
  // A bare address is not repeated; a link with other text gets its address spelled out.
  expect(
    await addressShown('.release-body a[href="http://www.sonusnet.com"]'),
  ).toBe("none");
  await page.evaluate(() => {
    const link = document.createElement("a");
    link.href = "https://example.com/report";
    link.textContent = "the report";
    link.id = "print-probe";
    document.querySelector(".release-body")?.append(link);
  });
  expect(await addressShown("#print-probe")).toContain(
    "https://example.com/report",
  );
});
