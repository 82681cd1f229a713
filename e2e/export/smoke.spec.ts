import ICAL from "ical.js";
import Parser from "rss-parser";
import { expect, test } from "@playwright/test";
import { EXPORT_SITE_URL } from "./origin";

const RELEASE = "/releases/2004-03-29-update-on-status-of-financial-results";
const CALL = "/calls/2005-03-03-preliminary-fourth-quarter-2004-results-call";

test("pages of every kind are served from out/", async ({ page }) => {
  for (const [path, heading] of [
    ["/", "Investor Relations"],
    ["/releases", "Press releases"],
    [
      RELEASE,
      "Sonus Networks Provides Update on Status of Its Financial Results",
    ],
    ["/calls", "Calls and events"],
    [
      CALL,
      "Conference call and webcast on the preliminary fourth quarter 2004 results",
    ],
    ["/timeline", "Timeline, 2002–2006"],
    ["/filings", "SEC filings"],
    ["/contacts", "Investor and media contacts"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(
      heading,
    );
  }
});

test("navigation, the reader's clock and the copy button work from static files", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Calls" })
    .click();
  await expect(page).toHaveURL(/\/calls$/);
  await page.goto(CALL);
  await expect(page.getByTestId("reader-time")).toBeVisible();
  await expect(
    page.getByRole("button", { name: /Copy reservation number/ }),
  ).toBeVisible();
});

test("feeds, calendars, sitemap and robots are served", async ({ request }) => {
  for (const path of [
    "/feed.xml",
    "/atom.xml",
    "/sitemap.xml",
    "/robots.txt",
  ]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  const ics = await (await request.get(`${CALL}/calendar.ics`)).text();
  const [event] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents(
    "vevent",
  );
  expect(
    event && new ICAL.Event(event).startDate.toJSDate().toISOString(),
  ).toBe("2005-03-03T21:45:00.000Z");
});

test("absolute URLs use the origin SITE_URL configures", async ({
  page,
  request,
}) => {
  await page.goto(RELEASE);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    `${EXPORT_SITE_URL}${RELEASE}`,
  );
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    "content",
    `${EXPORT_SITE_URL}${RELEASE}`,
  );
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${EXPORT_SITE_URL}/sitemap.xml`);
  const feed = await new Parser().parseString(
    await (await request.get("/feed.xml")).text(),
  );
  expect(feed.items.map(({ link }) => link)).toContain(
    `${EXPORT_SITE_URL}${RELEASE}`,
  );
});

test("search runs on the static index", async ({ page }) => {
  await page.goto("/search?q=21228369");
  const results = page
    .getByRole("region", { name: "Results" })
    .getByRole("heading", { level: 3 });
  // The export also holds imported releases (imported.spec.ts) whose replay
  // may have the same reservation number: of the site's own releases, the one
  // that prints it is found and the one that does not is not.
  await expect(
    results.filter({
      hasText:
        "Sonus Networks Announces Preliminary 2004 Fourth Quarter Financial Results",
    }),
  ).toHaveCount(1);
  await expect(
    results.filter({
      hasText:
        "Sonus Networks Provides Update on Status of Its Financial Results",
    }),
  ).toHaveCount(0);

  await page.goto("/search?q=reservation+number");
  await expect(
    page
      .getByRole("region", { name: "Results" })
      .getByRole("listitem")
      .first()
      .locator("[data-result-kind]"),
  ).toHaveText("Conference call");
});

test("an unknown path answers 404 with the site's not-found page", async ({
  page,
}) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Page not found",
  );
});
