import { findPhoneNumbersInText } from "libphonenumber-js/max";
import { expect, test } from "@playwright/test";
import { collapseWhitespace, readWireReleases, sentencesOf } from "./wire-text";

const wireReleases = readWireReleases();

test("there is a wire text for each seed release", () => {
  expect(wireReleases.map(({ slug }) => slug).sort()).toEqual([
    "2004-03-29-update-on-status-of-financial-results",
    "2005-03-03-preliminary-fourth-quarter-2004-results",
  ]);
});

for (const wire of wireReleases) {
  test.describe(`release ${wire.slug}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/releases/${wire.slug}`);
    });

    test("shows every sentence of the wire text, word for word", async ({
      page,
    }) => {
      const pageText = collapseWhitespace(
        await page.locator("main").evaluate((main) => main.textContent ?? ""),
      );
      const sentences = wire.paragraphs.flatMap(sentencesOf);
      expect(sentences.length).toBeGreaterThan(30);
      const missing = sentences.filter(
        (sentence) => !pageText.includes(sentence),
      );
      expect(missing).toEqual([]);
    });

    test("shows every name, number and address of the CONTACT block", async ({
      page,
    }) => {
      const contacts = page.getByRole("region", { name: "Contacts" });
      const contactText = collapseWhitespace(
        (await contacts.textContent()) ?? "",
      );
      const parts = wire.contactLines
        .filter((line) => line !== "or")
        .flatMap((line) => line.replace(/:$/, "").split(", "));
      expect(parts.length).toBeGreaterThanOrEqual(8);
      // A number is the same number in the site's format: its tel: link dials it, and its digits read the same.
      const telLinks = await contacts
        .locator('a[href^="tel:"]')
        .evaluateAll((links) =>
          links.map((link) => ({
            href: link.getAttribute("href") ?? "",
            digits: (link.textContent ?? "").replace(/\D/g, ""),
          })),
        );
      const missing = parts.filter((part) => {
        const [phone] = findPhoneNumbersInText(part, "US");
        if (!phone) return !contactText.includes(part);
        return !telLinks.some(
          ({ href, digits }) =>
            href === `tel:${phone.number.number}` &&
            digits === phone.number.nationalNumber,
        );
      });
      expect(missing).toEqual([]);
    });
  });
}
