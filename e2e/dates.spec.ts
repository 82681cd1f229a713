import { expect, test } from "@playwright/test";

// The server was built and runs with TZ=America/Los_Angeles (playwright.config.ts).
for (const timezoneId of ["America/Los_Angeles", "Asia/Tokyo"]) {
  test.describe(`a reader in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test("sees the release dates as issued", async ({ page }) => {
      expect(
        await page.evaluate(
          () => Intl.DateTimeFormat().resolvedOptions().timeZone,
        ),
      ).toBe(timezoneId);

      await page.goto(
        "/releases/2004-03-29-update-on-status-of-financial-results",
      );
      await expect(page.locator("article header time")).toHaveText(
        "March 29, 2004",
      );
      await expect(page.locator("article header time")).toHaveAttribute(
        "datetime",
        "2004-03-29",
      );

      await page.goto(
        "/releases/2005-03-03-preliminary-fourth-quarter-2004-results",
      );
      await expect(page.locator("article header time")).toHaveText(
        "March 3, 2005",
      );

      await page.goto("/releases");
      await expect(page.locator("main time")).toHaveText([
        "March 3, 2005",
        "March 29, 2004",
      ]);
    });
  });
}
