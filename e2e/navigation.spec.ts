import { expect, test, type Page } from "@playwright/test";

const RELEASE = "/releases/2004-03-29-update-on-status-of-financial-results";
const CALL = "/calls/2005-03-03-preliminary-fourth-quarter-2004-results-call";
const SECTIONS = [
  "Releases",
  "Calls",
  "Timeline",
  "Filings",
  "Contacts",
  "Alerts",
] as const;

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test.describe("the main navigation marks the reader's section", () => {
  for (const [path, section] of [
    ["/", undefined],
    ["/releases", "Releases"],
    [RELEASE, "Releases"],
    [CALL, "Calls"],
    ["/timeline", "Timeline"],
    ["/filings", "Filings"],
    ["/contacts", "Contacts"],
    ["/alerts", "Alerts"],
  ] as const) {
    test(`${path}: ${section ?? "no section"} is current`, async ({ page }) => {
      await page.goto(path);
      for (const name of SECTIONS) {
        const link = mainNav(page).getByRole("link", { name, exact: true });
        const decoration = await link.evaluate(
          (element) => getComputedStyle(element).textDecorationLine,
        );
        if (name === section) {
          await expect(link).toHaveAttribute("aria-current", "page");
          expect(decoration).toContain("underline");
        } else {
          await expect(link).not.toHaveAttribute("aria-current", /.*/);
          expect(decoration).not.toContain("underline");
        }
      }
    });
  }
});

test("the footer links the RSS and Atom feeds, which answer as feeds", async ({
  page,
  request,
}) => {
  await page.goto("/contacts");
  const footer = page.getByRole("contentinfo");
  for (const [name, type] of [
    ["RSS feed", "application/rss+xml"],
    ["Atom feed", "application/atom+xml"],
  ] as const) {
    const href = await footer.getByRole("link", { name }).getAttribute("href");
    expect(href, name).not.toBeNull();
    const response = await request.get(href ?? "");
    expect(response.status(), name).toBe(200);
    expect(response.headers()["content-type"], name).toContain(type);
  }
});

test.describe("at 360 px an arrow never stands alone on a line", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const path of ["/", RELEASE, CALL]) {
    test(path, async ({ page }) => {
      await page.goto(path);
      // Each link with an arrow is narrowed until its text must wrap next to
      // the arrow: just short of its whole width for a trailing arrow, of the
      // arrow and the first word for a leading one. The arrow must keep to
      // the line of the word beside it.
      const lines = await page.locator("a").evaluateAll((links) =>
        links.flatMap((link) => {
          const text = link.firstChild;
          const value = text?.textContent ?? "";
          const trailing = value.endsWith("\u2192");
          if (
            !(text instanceof Text) ||
            !(trailing || value.startsWith("\u2190"))
          )
            return [];
          const rect = (start: number, end: number) => {
            const range = document.createRange();
            range.setStart(text, start);
            range.setEnd(text, end);
            return range.getBoundingClientRect();
          };
          const left = link.getBoundingClientRect().left;
          const firstWordEnd =
            value.indexOf(" ", 2) === -1 ? value.length : value.indexOf(" ", 2);
          const width = trailing
            ? link.getBoundingClientRect().width - 2
            : rect(0, firstWordEnd).right - left - 2;
          link.style.display = "inline-block";
          link.style.width = `${width}px`;
          const arrowAt = trailing ? value.length - 1 : 0;
          const wordAt = trailing ? value.length - 3 : 2;
          return [
            {
              text: value,
              arrow: rect(arrowAt, arrowAt + 1).top,
              word: rect(wordAt, wordAt + 1).top,
            },
          ];
        }),
      );
      expect(lines.length, "links with arrows on the page").toBeGreaterThan(0);
      for (const { text, arrow, word } of lines)
        expect(Math.abs(arrow - word), text).toBeLessThan(2);
    });
  }
});
