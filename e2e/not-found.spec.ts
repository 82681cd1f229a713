import { expect, test } from "@playwright/test";

for (const path of [
  "/releases/does-not-exist",
  "/releases/year/1999",
  "/no-such-page",
]) {
  test(`${path} answers 404 with a helpful page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Page not found",
    );
    await expect(
      page.getByRole("link", { name: "All press releases" }),
    ).toHaveAttribute("href", "/releases");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute(
      "content",
      /noindex/,
    );
  });
}
