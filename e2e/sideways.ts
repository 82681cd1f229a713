import { expect, type Page } from "@playwright/test";

/** At a phone's 360 px, nothing on the page is wider than the screen: no line makes the reader scroll sideways. */
export async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 360, height: 800 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, "the page's width at 360 px").toBeLessThanOrEqual(
    clientWidth,
  );
}
