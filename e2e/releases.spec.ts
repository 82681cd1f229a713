import { expect, test } from "@playwright/test";

const HEADLINE_2005 =
  "Sonus Networks Announces Preliminary 2004 Fourth Quarter Financial Results";
const HEADLINE_2004 =
  "Sonus Networks Provides Update on Status of Its Financial Results";

test("/releases lists both releases newest first, grouped by year", async ({
  page,
}) => {
  await page.goto("/releases");
  await expect(page).toHaveTitle(/^Press releases · /);
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([
    HEADLINE_2005,
    HEADLINE_2004,
  ]);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "2005",
    "2004",
  ]);
  await expect(page.locator("main time")).toHaveText([
    "March 3, 2005",
    "March 29, 2004",
  ]);
});

test.describe("year filter without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("narrows the list to one year and back", async ({ page }) => {
    await page.goto("/releases");
    const filter = page.getByRole("navigation", {
      name: "Press releases by year",
    });
    await expect(filter.getByRole("link", { name: "Latest" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    await filter.getByRole("link", { name: "2004" }).click();
    await expect(page).toHaveURL(/\/releases\/year\/2004$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Press releases from 2004",
    );
    await expect(page.getByRole("heading", { level: 3 })).toHaveText([
      HEADLINE_2004,
    ]);
    await expect(filter.getByRole("link", { name: "2004" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    await filter.getByRole("link", { name: "Latest" }).click();
    await expect(page).toHaveURL(/\/releases$/);
    await expect(page.getByRole("heading", { level: 3 })).toHaveCount(2);
  });
});

test("a release page has its date, dateline, sections, contacts and neighbours", async ({
  page,
}) => {
  await page.goto("/releases/2004-03-29-update-on-status-of-financial-results");
  await expect(page).toHaveTitle(
    `${HEADLINE_2004} · Sonus Networks Investor Relations`,
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    HEADLINE_2004,
  );
  await expect(page.locator("article header time")).toHaveAttribute(
    "datetime",
    "2004-03-29",
  );
  await expect(page.locator(".dateline")).toHaveText(
    "CHELMSFORD, Mass.--(BUSINESS WIRE)--March 29, 2004--",
  );
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: "Company Conference Call, Webcast and Replay Information",
    }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Forward-looking statements" }),
  ).toContainText("This release may contain projections");
  await expect(page.getByRole("region", { name: "Trademarks" })).toContainText(
    "Sonus is a registered trademark",
  );

  // Printed 978-614-8672 in the release; shown as every page shows a US number.
  const contacts = page.getByRole("region", { name: "Contacts" });
  await expect(
    contacts.getByRole("link", { name: "(978) 614-8672" }),
  ).toHaveAttribute("href", "tel:+19786148672");
  await expect(
    contacts.getByRole("link", { name: "(978) 614-8579" }),
  ).toHaveAttribute("href", "tel:+19786148579");
  await expect(
    contacts.getByRole("link", { name: "bmorrissey@sonusnet.com" }),
  ).toHaveAttribute("href", "mailto:bmorrissey@sonusnet.com");

  const pager = page.getByRole("navigation", { name: "Other releases" });
  await pager.getByRole("link", { name: /Next release/ }).click();
  await expect(page).toHaveURL(
    /\/releases\/2005-03-03-preliminary-fourth-quarter-2004-results$/,
  );
  await expect(
    page.getByRole("navigation", { name: "Other releases" }).getByRole("link"),
  ).toHaveCount(1);
});

test("pages carry a title, a description and a canonical URL", async ({
  page,
  baseURL,
}) => {
  for (const [path, title] of [
    ["/", "Sonus Networks Investor Relations"],
    ["/releases", "Press releases · Sonus Networks Investor Relations"],
    [
      "/contacts",
      "Investor and media contacts · Sonus Networks Investor Relations",
    ],
    [
      "/releases/2005-03-03-preliminary-fourth-quarter-2004-results",
      `${HEADLINE_2005} · Sonus Networks Investor Relations`,
    ],
  ] as const) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      "content",
      /.{40,}/,
    );
    // Next writes the root without its slash.
    const canonical = `${baseURL ?? ""}${path === "/" ? "" : path}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      canonical,
    );
  }
});

test("the home page shows the latest releases, the company profile and current contacts", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Investor Relations",
  );
  const latest = page.getByRole("region", { name: "Latest press releases" });
  await expect(latest.getByRole("heading", { level: 3 })).toHaveText([
    HEADLINE_2005,
    HEADLINE_2004,
  ]);
  await expect(
    page.getByRole("region", { name: "About Sonus Networks" }),
  ).toContainText(
    "Sonus, founded in 1997, is headquartered in Chelmsford, Massachusetts.",
  );
  const contacts = page.getByRole("region", {
    name: "Investor and media contacts",
  });
  await expect(contacts).toContainText("Jocelyn Philbrook");
  // Printed 617-275-6515; every page shows a US number in the national form.
  await expect(
    contacts.getByRole("link", { name: "(617) 275-6515" }),
  ).toHaveAttribute("href", "tel:+16172756515");
});

test("/contacts puts the current contacts first and says where each comes from", async ({
  page,
}) => {
  await page.goto("/contacts");
  const current = page.getByRole("region", {
    name: "Contacts in the latest release",
  });
  await expect(current).toContainText("Laureen McGowan");
  await expect(
    current.getByRole("link", { name: HEADLINE_2005 }),
  ).toBeVisible();
  const earlier = page.getByRole("region", { name: "Earlier contacts" });
  await expect(earlier).toContainText("Beth Morrissey");
  await expect(
    earlier.getByRole("link", { name: "(978) 614-8672" }),
  ).toHaveAttribute("href", "tel:+19786148672");
  // Both earlier contacts were named by the 2004 release, and each card says so.
  await expect(earlier.getByRole("link", { name: HEADLINE_2004 })).toHaveCount(
    2,
  );
});

test("contact cards side by side are as tall as each other", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/contacts");
  const cards = page
    .getByRole("region", { name: "Contacts in the latest release" })
    .locator("li > div");
  await expect(cards).toHaveCount(2);
  const [first, second] = await Promise.all(
    [0, 1].map((index) => cards.nth(index).boundingBox()),
  );
  if (!first || !second) throw new Error("a card has no box");
  expect(second.y).toBe(first.y);
  expect(second.height).toBe(first.height);
});
