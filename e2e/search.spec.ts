import { expect, test, type Page } from "@playwright/test";

const HEADLINE_2005 =
  "Sonus Networks Announces Preliminary 2004 Fourth Quarter Financial Results";
const HEADLINE_2004 =
  "Sonus Networks Provides Update on Status of Its Financial Results";
const CALL_2005 =
  "Conference call and webcast on the preliminary fourth quarter 2004 results";
const CALL_2004 =
  "Conference call and webcast on the status of the financial results";
const RELEASE_PAGE =
  "/releases/2004-03-29-update-on-status-of-financial-results";

/** A label of content/releases/2004-03-29-…md's events, and the id the timeline gives it. */
const TIMELINE_LABEL =
  "Trading symbol may change from SONS to SONSE; hearing to be requested";
const TIMELINE_ID = "2004-03-29-listing-2";

const BOX_NAME = "Search releases, calls and the timeline";
const NOTICE = "Search runs in your browser and needs JavaScript";

/** The results listed for `query`, once the page has them. */
async function resultsFor(page: Page, query: string) {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole("status")).toContainText("match");
  return page.getByRole("region", { name: "Results" }).getByRole("listitem");
}

/** What each result says it is, in order. */
async function kindsOf(page: Page, query: string): Promise<string[]> {
  const results = await resultsFor(page, query);
  return results.evaluateAll((items) =>
    items.map(
      (item) => item.querySelector("[data-result-kind]")?.textContent ?? "",
    ),
  );
}

test.describe("search", () => {
  for (const [query, first, kind] of [
    ["Sarbanes-Oxley", HEADLINE_2005, "Release"],
    ["revenue recognized", HEADLINE_2004, "Release"],
    ["reservation number", CALL_2005, "Conference call"],
    ["21228369", CALL_2005, "Conference call"],
    ["access code", CALL_2004, "Conference call"],
  ] as const) {
    test(`"${query}" lists the ${kind.toLowerCase()} "${first}" first, with the words highlighted`, async ({
      page,
    }) => {
      await page.goto("/");
      const box = page.getByRole("searchbox", { name: BOX_NAME });
      await box.fill(query);
      await box.press("Enter");
      await expect(page).toHaveURL(
        (url) =>
          url.pathname === "/search" && url.searchParams.get("q") === query,
      );
      const results = page
        .getByRole("region", { name: "Results" })
        .getByRole("listitem");
      await expect(results.first().getByRole("heading")).toHaveText(first);
      await expect(results.first().locator("[data-result-kind]")).toHaveText(
        kind,
      );
      await expect(results.first().locator("mark").first()).toHaveText(
        new RegExp(query.split(/[- ]/).join("|"), "i"),
      );
      await results.first().getByRole("link").focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(first);
    });
  }

  test('"replay" lists both call pages before any release or timeline entry, and says what each result is', async ({
    page,
  }) => {
    const kinds = await kindsOf(page, "replay");
    expect(kinds.slice(0, 2)).toEqual(["Conference call", "Conference call"]);
    expect(kinds.filter((kind) => kind === "Conference call")).toHaveLength(2);
    expect(new Set(kinds)).toEqual(
      new Set(["Conference call", "Timeline", "Release"]),
    );
  });

  test("a timeline entry is found by its label and leads to its place on the timeline", async ({
    page,
  }) => {
    const results = await resultsFor(page, "hearing");
    const entry = results.filter({
      has: page.getByRole("heading", { name: TIMELINE_LABEL }),
    });
    await expect(entry.locator("[data-result-kind]")).toHaveText("Timeline");
    await expect(entry).toContainText("March 29, 2004");
    await entry.getByRole("link").click();
    await expect(page).toHaveURL(
      new RegExp(`/timeline/year/2004#${TIMELINE_ID}$`),
    );
    await expect(page.locator(":target")).toContainText(TIMELINE_LABEL);
  });

  test("a word on many pages shows ten results, fetching no more, then the next on request", async ({
    page,
  }) => {
    const fragments: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/pagefind/fragment/"))
        fragments.push(request.url());
    });
    const results = await resultsFor(page, "Sonus");
    const total = Number(
      /^(\d+) results match/.exec(
        (await page.getByRole("status").textContent()) ?? "",
      )?.[1],
    );
    expect(total).toBeGreaterThan(10);
    await expect(results).toHaveCount(10);
    expect(fragments).toHaveLength(10);

    await page
      .getByRole("button", {
        name:
          total - 10 <= 10
            ? `Show the last ${total - 10}`
            : `Show 10 more of ${total - 10}`,
      })
      .click();
    await expect(results).toHaveCount(Math.min(20, total));
    // Focus moves to the first result just shown, for keyboard and screen-reader users.
    await expect(results.nth(10).getByRole("link")).toBeFocused();
  });

  test("a nonsense word says that nothing matched, in the box that holds it", async ({
    page,
  }) => {
    await page.goto("/search?q=zxqvbnmplk");
    await expect(page.getByRole("status")).toHaveText(
      "Nothing matches “zxqvbnmplk”.",
    );
    await expect(page.getByRole("searchbox", { name: BOX_NAME })).toHaveValue(
      "zxqvbnmplk",
    );
  });

  for (const pagePath of ["/", RELEASE_PAGE, "/search", "/search?q=replay"]) {
    test(`${pagePath} has one search box`, async ({ page }) => {
      await page.goto(pagePath);
      await expect(
        page.getByRole("searchbox", { name: BOX_NAME }),
      ).toBeVisible();
      await expect(page.getByRole("searchbox")).toHaveCount(1);
      await expect(page.getByRole("search")).toHaveCount(1);
    });
  }

  test("the search page's box is its own, in the content, not the header's", async ({
    page,
  }) => {
    await page.goto("/search");
    await expect(
      page.getByRole("main").getByRole("searchbox", { name: BOX_NAME }),
    ).toBeVisible();
    await expect(page.getByRole("banner").getByRole("searchbox")).toHaveCount(
      0,
    );
  });

  test("the notice that search needs JavaScript never shows where it runs, not even before hydration", async ({
    page,
  }) => {
    await page.addInitScript((notice) => {
      document.addEventListener("DOMContentLoaded", () => {
        document.documentElement.dataset.noticeShownAtParse = String(
          document.body.innerText.includes(notice),
        );
      });
    }, NOTICE);
    await resultsFor(page, "Nasdaq");
    await expect(page.locator("html")).toHaveAttribute(
      "data-notice-shown-at-parse",
      "false",
    );
    // innerText is the text as rendered: <noscript> content counts only where it shows.
    await expect(page.getByRole("main")).not.toContainText(NOTICE, {
      useInnerText: true,
    });
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the header box leads to a page that says so and points to every release, call and event", async ({
      page,
    }) => {
      await page.goto("/releases");
      const box = page.getByRole("searchbox", { name: BOX_NAME });
      await box.fill("Nasdaq");
      await box.press("Enter");
      await expect(page).toHaveURL(/\/search\?q=Nasdaq$/);
      await expect(page.getByRole("main")).toContainText(NOTICE, {
        useInnerText: true,
      });
      await expect(page.getByRole("searchbox")).toHaveCount(1);
      const main = page.getByRole("main");
      for (const [name, href] of [
        ["Press releases", "/releases"],
        ["Calls and events", "/calls"],
        ["Timeline", "/timeline"],
      ] as const) {
        await expect(main.getByRole("link", { name })).toHaveAttribute(
          "href",
          href,
        );
      }
    });
  });
});
