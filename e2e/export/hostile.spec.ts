import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import matter from "gray-matter";
import { z } from "zod";

/**
 * e2e/export/hostile holds a release the build accepts but whose every field
 * tries to smuggle markup or script into the pages: playwright.export.config.ts
 * builds the export with it beside the site's own releases.
 */
const HOSTILE_SLUG = "2005-06-01-hostile-content-stays-inert";
const RELEASE = `/releases/${HOSTILE_SLUG}`;
const CALL = `/calls/${HOSTILE_SLUG}-call`;

/** Pages of the same kinds with the site's own content, to compare scripts with. */
const OWN_RELEASE =
  "/releases/2004-03-29-update-on-status-of-financial-results";
const OWN_CALL =
  "/calls/2005-03-03-preliminary-fourth-quarter-2004-results-call";

/** Read from the file, so that the test checks exactly what the file says. */
const hostile = z
  .object({
    headline: z.string(),
    summary: z.string(),
    dateline: z.string(),
    contacts: z.tuple([
      z.object({ name: z.string(), organization: z.string() }),
    ]),
    calls: z.tuple([z.object({ title: z.string() })]),
  })
  .parse(
    matter(
      readFileSync(
        path.join(__dirname, "hostile", `${HOSTILE_SLUG}.md`),
        "utf8",
      ),
    ).data,
  );
const [contact] = hostile.contacts;
const [call] = hostile.calls;

/** Markup the body writes as escapes, entities and code: the page must show it as text. */
const BODY_SHOWN_AS_TEXT = [
  "<script>window.__pwned=8</script>",
  "<img src=x onerror=alert(9)>",
  "<script>window.__pwned=10</script>",
  "<svg onload=alert(11)>",
  'Section "quoted" & </script> titled',
  ':abbr[x]{onclick="window.__pwned=19"}',
];

/**
 * Every page that shows some of the hostile release, with the text it must
 * show; search results are rendered by the page's scripts.
 */
const PAGES: readonly {
  path: string;
  shows: readonly string[];
  rendersInBrowser?: boolean;
}[] = [
  { path: "/", shows: [hostile.headline, contact.name] },
  { path: "/releases", shows: [hostile.headline] },
  { path: "/releases/year/2005", shows: [hostile.headline] },
  {
    path: RELEASE,
    shows: [
      hostile.headline,
      hostile.dateline,
      contact.name,
      contact.organization,
      call.title,
      ...BODY_SHOWN_AS_TEXT,
    ],
  },
  { path: "/calls", shows: [call.title] },
  { path: CALL, shows: [call.title, hostile.headline] },
  { path: "/timeline", shows: [hostile.headline, call.title] },
  { path: "/contacts", shows: [contact.name, contact.organization] },
  {
    path: "/search?q=Hostile",
    shows: [hostile.headline],
    rendersInBrowser: true,
  },
];

const SAFE_PROTOCOLS = ["http:", "https:", "mailto:", "tel:"];

/** Attributes a browser follows or loads as a URL. */
const URL_ATTRIBUTES = [
  "href",
  "src",
  "action",
  "formaction",
  "poster",
  "cite",
  "data",
  "xlink:href",
];

/** What would show that content got out of its text: the flag its scripts set, handlers, unsafe URLs, an http-equiv tag (the site has one: its script policy). */
function traces(page: Page) {
  return page.evaluate((urlAttributes) => {
    const elements = [...document.querySelectorAll("*")];
    return {
      scriptRan: "__pwned" in window,
      handlers: elements.flatMap((element) =>
        element
          .getAttributeNames()
          .filter((name) => name.toLowerCase().startsWith("on"))
          .map((name) => `<${element.localName} ${name}>`),
      ),
      urls: elements.flatMap((element) =>
        urlAttributes.flatMap((name) => {
          const value = element.getAttribute(name);
          return value === null
            ? []
            : [
                {
                  where: `<${element.localName} ${name}="${value}">`,
                  protocol: new URL(value, document.baseURI).protocol,
                },
              ];
        }),
      ),
      httpEquivTags: [...document.querySelectorAll("meta[http-equiv]")].map(
        (meta) => meta.getAttribute("http-equiv"),
      ),
    };
  }, URL_ATTRIBUTES);
}

/** What tells scripts apart: their source, their type, or how their code starts. */
function scriptKinds(page: Page): Promise<string[]> {
  return page
    .locator("script")
    .evaluateAll((scripts) =>
      scripts.map(
        (script) =>
          script.getAttribute("src") ??
          script.getAttribute("type") ??
          (script.textContent ?? "").slice(0, 20),
      ),
    );
}

/** Opens each page and checks that it carries no trace of its hostile text as markup, and shows it as text. */
async function walkPages(page: Page, pages: typeof PAGES) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  for (const { path: pagePath, shows } of pages) {
    expect((await page.goto(pagePath))?.status(), pagePath).toBe(200);
    const found = await traces(page);
    expect(found.scriptRan, pagePath).toBe(false);
    expect(dialogs, pagePath).toEqual([]);
    expect(found.handlers, pagePath).toEqual([]);
    expect(
      found.urls.filter(({ protocol }) => !SAFE_PROTOCOLS.includes(protocol)),
      pagePath,
    ).toEqual([]);
    expect(found.httpEquivTags, pagePath).toEqual(["Content-Security-Policy"]);
    for (const text of shows) {
      await expect(page.getByRole("main"), pagePath).toContainText(text, {
        useInnerText: true,
      });
    }
  }
  expect(dialogs).toEqual([]);
}

/**
 * When markup breaks, React's hydration renders the page again and the DOM no
 * longer shows the break; with scripts off, the DOM is the served HTML as the
 * browser parsed it.
 */
test.describe("as served, before any script runs", () => {
  test.use({ javaScriptEnabled: false });

  test("pages show the hostile text as text, without handlers, unsafe URLs or a refresh", async ({
    page,
  }) => {
    await walkPages(
      page,
      PAGES.filter(({ rendersInBrowser }) => !rendersInBrowser),
    );
  });

  test("the release and call pages have only the scripts pages of their kind have", async ({
    page,
  }) => {
    for (const [hostilePage, ownPage] of [
      [RELEASE, OWN_RELEASE],
      [CALL, OWN_CALL],
    ] as const) {
      await page.goto(ownPage);
      const ownKinds = new Set(await scriptKinds(page));
      await page.goto(hostilePage);
      expect(
        (await scriptKinds(page)).filter((kind) => !ownKinds.has(kind)),
        hostilePage,
      ).toEqual([]);
    }
  });

  test("JSON-LD gives back the headline, summary, dateline and call title exactly", async ({
    page,
  }) => {
    expect(hostile.headline).toContain(
      "</script><script>window.__pwned=1</script>",
    );
    const jsonLd = page.locator('script[type="application/ld+json"]');

    await page.goto(RELEASE);
    await expect(jsonLd).toHaveCount(1);
    const article: unknown = JSON.parse((await jsonLd.textContent()) ?? "");
    expect(article).toMatchObject({
      "@type": "NewsArticle",
      headline: hostile.headline,
      description: hostile.summary,
      dateline: hostile.dateline,
    });

    await page.goto(CALL);
    await expect(jsonLd).toHaveCount(1);
    const event: unknown = JSON.parse((await jsonLd.textContent()) ?? "");
    expect(event).toMatchObject({
      "@type": "Event",
      name: call.title,
      description: `${call.title}, announced in the press release "${hostile.headline}".`,
    });
  });

  test("the title, description and Open Graph tags hold the text whole, as attributes", async ({
    page,
  }) => {
    await page.goto(RELEASE);
    const siteName = await page
      .locator('meta[property="og:site_name"]')
      .getAttribute("content");
    expect(await page.title()).toBe(`${hostile.headline} · ${siteName}`);
    for (const [selector, content] of [
      ['meta[name="description"]', hostile.summary],
      ['meta[property="og:title"]', hostile.headline],
      ['meta[property="og:description"]', hostile.summary],
      ['meta[name="twitter:title"]', hostile.headline],
      ['meta[name="twitter:description"]', hostile.summary],
    ] as const) {
      await expect(page.locator(selector), selector).toHaveCount(1);
      await expect(page.locator(selector), selector).toHaveAttribute(
        "content",
        content,
      );
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      hostile.headline,
    );
  });
});

test("with the pages' scripts running, nothing of the hostile release runs or opens a dialog", async ({
  page,
}) => {
  await walkPages(page, PAGES);
});
