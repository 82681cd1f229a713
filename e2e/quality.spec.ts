import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"] as const;

/**
 * A test of `count` requests may take 250 ms for each (a 250 kB not-found
 * page included, on a busy two-core machine), after a few seconds of setup.
 */
function timeoutForRequests(count: number): number {
  return 5_000 + count * 250;
}

const PAGE_TYPES = {
  home: "/",
  releases: "/releases",
  "releases of a year": "/releases/year/2004",
  release: "/releases/2004-03-29-update-on-status-of-financial-results",
  calls: "/calls",
  call: "/calls/2005-03-03-preliminary-fourth-quarter-2004-results-call",
  timeline: "/timeline",
  "timeline of a kind": "/timeline/kind/filing",
  contacts: "/contacts",
  search: "/search?q=Nasdaq",
  "not found": "/no-such-page",
};

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      test(`axe finds no WCAG 2.1 A/AA violation on the ${type} page`, async ({
        page,
      }) => {
        await page.goto(path);
        if (type === "search")
          await expect(page.getByRole("status")).toContainText("match");
        const { violations } = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        expect(
          violations.map(
            ({ id, nodes }) =>
              `${id}: ${nodes.map((node) => node.target.join(" ")).join(", ")}`,
          ),
        ).toEqual([]);
      });
    }
  });
}

test.describe("keyboard and structure", () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`the ${type} page has one h1, no skipped heading level, and the landmarks`, async ({
      page,
    }) => {
      await page.goto(path);
      const levels = await page
        .locator("h1, h2, h3, h4, h5, h6")
        .evaluateAll((headings) =>
          headings.map((heading) => Number(heading.tagName.slice(1))),
        );
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      levels.forEach((level, index) => {
        if (index > 0)
          expect(
            level,
            `heading ${index + 1} of ${levels.join(",")}`,
          ).toBeLessThanOrEqual((levels[index - 1] ?? 1) + 1);
      });
      await expect(page.getByRole("banner")).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.getByRole("contentinfo")).toHaveCount(1);
      await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(
        1,
      );
    });
  }

  test("the first Tab reaches a visible skip link that moves focus to the content", async ({
    page,
  }) => {
    await page.goto("/releases");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await page.keyboard.press("Tab");
    const focusedInMain = await page.evaluate(
      () => document.activeElement?.closest("main") !== null,
    );
    expect(focusedInMain).toBe(true);
  });

  test("Tab walks the header in reading order, with a visible focus outline", async ({
    page,
  }) => {
    await page.goto("/");
    const header = page.getByRole("banner");
    const order = [
      page.getByRole("link", { name: "Skip to content" }),
      header.getByRole("link", { name: "Sonus Networks Investor Relations" }),
      ...["Releases", "Calls", "Timeline", "Contacts"].map((name) =>
        header
          .getByRole("navigation", { name: "Main" })
          .getByRole("link", { name, exact: true }),
      ),
      header.getByRole("searchbox", { name: "Search press releases" }),
      header.getByRole("button", { name: "Search" }),
      page.getByRole("main").getByRole("link").first(),
    ];
    for (const expected of order) {
      await page.keyboard.press("Tab");
      await expect(expected).toBeFocused();
      expect(
        await expected.evaluate(
          (element) => getComputedStyle(element).outlineStyle,
        ),
      ).not.toBe("none");
    }
  });
});

test.describe("security headers and odd requests", () => {
  test("every response carries the security headers, and no X-Powered-By", async ({
    request,
  }) => {
    for (const path of [
      "/",
      "/releases/2004-03-29-update-on-status-of-financial-results",
      "/calendar.ics",
      "/feed.xml",
      "/no-such-page",
    ]) {
      const headers = (await request.get(path)).headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp.split(/[\s;]+/), path).not.toContain("'unsafe-eval'");
      expect(csp, path).toContain("object-src 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe(
        "strict-origin-when-cross-origin",
      );
      expect(headers["permissions-policy"], path).toContain("camera=()");
      expect(headers["strict-transport-security"], path).toMatch(
        /^max-age=\d{7,}/,
      );
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
  });

  test("a few hundred odd paths and methods get 2xx, 3xx, 404 or 405, never a 5xx, and the server keeps answering", async ({
    request,
  }) => {
    const paths = [
      "/" + "a".repeat(4000),
      "/releases/" + "x".repeat(1000),
      "/%2e%2e/%2e%2e/etc/passwd",
      "/..%2f..%2fetc%2fpasswd",
      "/releases/../../package.json",
      "/releases/%00",
      "/releases/%ZZ",
      "/%E2%82%AC",
      "/releases/日本語",
      "/calls/😀/calendar.ics",
      "/timeline/kind/<script>",
      "/releases?year=2004&year=2005",
      "/search?q=" + encodeURIComponent('" onmouseover=alert(1) x="'),
      "/search?q=" + "%".repeat(50),
      "/_next/static/../../../package.json",
      "/.env",
      "/.git/config",
      "/releases/year/99999999999999999999",
      "/feed.xml?format=../../",
      "/releases//double//slashes//",
    ];
    for (let index = 0; index < 240; index++) {
      paths.push(
        `/${["releases", "calls", "timeline", "contacts", "x"][index % 5]}/${index.toString(36)}${"%20".repeat(index % 7)}?${"q=".repeat(index % 3)}${index}`,
      );
    }
    // Every path is asked for with GET and HEAD; every tenth with the other methods too.
    const requests = paths.flatMap((path, index) =>
      METHODS.filter(
        (method) => method === "GET" || method === "HEAD" || index % 10 === 0,
      ).map((method) => ({ method, path })),
    );
    test.setTimeout(timeoutForRequests(requests.length));

    const statuses = new Map<number, number>();
    for (const { method, path } of requests) {
      const status = (
        await request.fetch(path, {
          method,
          maxRedirects: 0,
          failOnStatusCode: false,
        })
      ).status();
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      expect(
        [200, 204, 301, 302, 307, 308, 400, 404, 405],
        `${method} ${path.slice(0, 80)}`,
      ).toContain(status);
    }
    expect((await request.get("/")).status()).toBe(200);
    console.log("fuzz statuses:", Object.fromEntries(statuses));
  });
});
