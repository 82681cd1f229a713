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
    .locator(":scope > time")
    .evaluateAll((times) =>
      times.map((time) => time.getAttribute("datetime") ?? ""),
    );
  expect(datetimes).toEqual([...datetimes].sort());
  for (const date of STORY_DATES) expect(datetimes).toContain(date);

  const intoRelease = /^\/releases\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+#p-\d+$/;
  for (const date of STORY_DATES) {
    const item = items
      .filter({ has: page.locator(`time[datetime="${date}"]`) })
      .filter({ has: page.locator("details") })
      .first();
    const href = await item.locator("details a").first().getAttribute("href");
    // A sentence already quoted above points to the entry that quotes it.
    const source = href?.startsWith("#")
      ? await page
          .locator(`li[id="${href.slice(1)}"] details a`)
          .first()
          .getAttribute("href")
      : href;
    expect(source, date).toMatch(intoRelease);
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
  await expect(item).toContainText("Expected, as of March 3, 2005");
  const quote =
    "the company expects to timely file its Form 10-K by March 16, 2005.";
  // The entry names its release; the sentence opens on demand.
  await expect(item.locator("blockquote")).toBeHidden();
  await item.getByText(/^From the release of March 3, 2005/).click();
  await expect(item.locator("blockquote")).toBeVisible();
  await expect(item.locator("blockquote")).toContainText(quote);

  await item.getByRole("link", { name: "Read it in the release" }).click();
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

/** The timeline entry of a key figure, found by its value. */
const figureEntry = (page: Page, value: string) =>
  page
    .locator("main li[id]")
    .filter({ has: page.locator('[data-event-kind="figure"]') })
    .filter({ hasText: value });

test("key figures sit on the line of the period they describe", async ({
  page,
}) => {
  await page.goto("/timeline");
  for (const [value, period] of [
    ["$43 million - $46 million", "Q4 2004"],
    ["$0.02 - $0.03", "Q4 2004"],
    ["$313 million", "December 31, 2004"],
    ["exceeded $300 million", "December 31, 2003"],
  ]) {
    await expect(
      figureEntry(page, value ?? "")
        // The date column: a <time> for a day, plain text for a quarter.
        .locator(":scope > :first-child")
        .first(),
    ).toHaveText(period ?? "");
  }
});

test("a sentence that two entries share is quoted once", async ({ page }) => {
  await page.goto("/timeline");
  const entry = (date: string) =>
    page
      .locator("main li[id]")
      .filter({ has: page.locator(`time[datetime="${date}"]`) });
  await expect(entry("2004-07-28").locator("blockquote")).toContainText(
    'Readers are referred to the "Risk Factors" section',
  );
  const second = entry("2004-11-09");
  await expect(second.locator("blockquote")).toHaveCount(0);
  await second.getByText(/^From the release of March 3, 2005/).click();
  await expect(
    second.getByRole("link", { name: "Annual Report on Form 10-K/A" }),
  ).toHaveAttribute("href", /^#\d{4}-\d{2}-\d{2}-filing/);
});

test("a replay's last day reads as planned until it is over by the reader's clock, as on its call page", async ({
  page,
}) => {
  const lastDay = page
    .locator("main li[id]")
    .filter({ hasText: "Last day of the telephone replay" })
    .filter({ has: page.locator('time[datetime="2005-03-17"]') });
  await page.goto("/timeline");
  await expect(lastDay.getByText("Ended", { exact: true })).toBeVisible();
  await page.clock.setFixedTime(new Date("2005-03-10T12:00:00Z"));
  await page.goto("/timeline");
  await expect(
    lastDay.getByText("Planned, as of March 3, 2005", { exact: true }),
  ).toBeVisible();
  await expect(lastDay.getByText("Ended", { exact: true })).toBeHidden();
});

test("the kind filter keeps to one row on a phone, scrolling sideways", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/timeline");
  const filter = page.getByRole("navigation", {
    name: "Filter by kind of event",
  });
  const links = filter.getByRole("link");
  const tops = await links.evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect().top),
  );
  expect(new Set(tops).size).toBe(1);
  // The links' row, after the caption, is what scrolls.
  expect(
    await filter.evaluate((nav) => {
      const row = nav.lastElementChild;
      return row !== null && row.scrollWidth > row.clientWidth;
    }),
  ).toBe(true);
});

test("a release page links to its events on the timeline", async ({ page }) => {
  await page.goto("/releases/2004-03-29-update-on-status-of-financial-results");
  const links = page
    .getByRole("region", { name: "On the timeline" })
    .getByRole("link");
  await expect(
    links.filter({ hasText: "Last day of the telephone replay" }),
  ).toHaveAttribute("href", "/timeline/year/2004#2004-04-12-replay");
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
