import { expect, test, type Page } from "@playwright/test";

const STORY_DATES = [
  "2003-11-10",
  "2003-12-31",
  "2004-03-29",
  "2004-04-12",
  "2004-07-28",
  "2004-11-09",
  "2004-12-31",
  "2005-03-03",
  "2005-03-16",
  "2005-03-17",
  "2005-03-29",
  "2006-03-03",
];

test("/timeline shows the story's dates in order, each linking into its release", async ({
  page,
}) => {
  await page.goto("/timeline");
  const items = page.locator("main ol li[id]");
  const datetimes = await items
    .locator(":scope > p time")
    .evaluateAll((times) =>
      times.map((time) => time.getAttribute("datetime") ?? ""),
    );
  expect(datetimes).toEqual([...datetimes].sort());
  for (const date of STORY_DATES) expect(datetimes).toContain(date);

  for (const date of STORY_DATES) {
    const item = items
      .filter({ has: page.locator(`time[datetime="${date}"]`) })
      .first();
    await expect(item.locator('a[href^="/releases/"]')).toHaveAttribute(
      "href",
      /^\/releases\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+#p-\d+$/,
    );
  }
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "2002",
    "2003",
    "2004",
    "2005",
    "2006",
  ]);
});

test("following an event's link lands on its source paragraph, highlighted", async ({
  page,
}) => {
  await page.goto("/timeline");
  const item = page
    .locator("main li[id]")
    .filter({ hasText: "Annual Report on Form 10-K" })
    .filter({
      has: page.locator('time[datetime="2005-03-16"]'),
    });
  await expect(item).toContainText("Expected");
  const quote =
    "the company expects to timely file its Form 10-K by March 16, 2005.";
  await expect(item.locator("blockquote")).toContainText(quote);

  await item
    .getByRole("link", { name: /From the release of March 3, 2005/ })
    .click();
  await expect(page).toHaveURL(
    /\/releases\/2005-03-03-preliminary-fourth-quarter-2004-results#p-\d+$/,
  );
  const target = page.locator(":target");
  await expect(target).toHaveCount(1);
  await expect(target).toContainText(quote);
  const highlight = await target.evaluate(
    (element) => getComputedStyle(element).backgroundColor,
  );
  const plain = await page
    .locator(".release-body p:not(:target)")
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(highlight).not.toBe(plain);
  await expect(target).toBeInViewport();
});

/** The timeline group (month, quarter or year) with this heading. */
const groupOf = (page: Page, heading: string) =>
  page.locator("main li:has(> h3)").filter({
    has: page.locator(":scope > h3", { hasText: new RegExp(`^${heading}$`) }),
  });

test("key figures sit beside the period they describe", async ({ page }) => {
  await page.goto("/timeline");
  const quarter = groupOf(page, "Q4 2004");
  await expect(quarter).toContainText("$43 million - $46 million");
  await expect(quarter).toContainText("$0.02 - $0.03");
  const december2004 = groupOf(page, "December 2004");
  await expect(december2004).toContainText("$313 million");
  const december2003 = groupOf(page, "December 2003");
  await expect(december2003).toContainText("exceeded $300 million");
});

test("a release page links to its events on the timeline", async ({ page }) => {
  await page.goto("/releases/2004-03-29-update-on-status-of-financial-results");
  const links = page
    .getByRole("region", { name: "On the timeline" })
    .getByRole("link");
  await expect(
    links.filter({ hasText: "Last day of the telephone replay" }),
  ).toHaveAttribute("href", "/timeline#2004-04-12-replay");
  await links.filter({ hasText: "Last day of the telephone replay" }).click();
  await expect(page.locator(":target")).toContainText("April 12, 2004");
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the kind filter with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("shows only filings, then everything again", async ({ page }) => {
      await page.goto("/timeline");
      const filter = page.getByRole("navigation", {
        name: "Filter by kind of event",
      });
      await filter.getByRole("link", { name: "SEC filing" }).click();
      await expect(page).toHaveURL(/\/timeline\/kind\/filing$/);
      await expect(
        filter.getByRole("link", { name: "SEC filing" }),
      ).toHaveAttribute("aria-current", "page");
      const kinds = page.locator("main li[id] [data-event-kind]");
      await expect(kinds).toHaveCount(4);
      expect(new Set(await kinds.allTextContents())).toEqual(
        new Set(["SEC filing"]),
      );

      await filter.getByRole("link", { name: "All events" }).click();
      await expect(page).toHaveURL(/\/timeline$/);
      expect(await page.locator("main li[id]").count()).toBeGreaterThan(15);
    });
  });
}
