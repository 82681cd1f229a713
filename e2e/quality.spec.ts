import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { PAGE_TYPES } from "./page-types";
import { sitePages } from "../lib/site/pages";
import { expectNoSidewaysScroll } from "./sideways";

const METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"] as const;

/**
 * A test of `count` requests may take 250 ms for each (a 250 kB not-found
 * page included, on a busy two-core machine), after a few seconds of setup.
 */
function timeoutForRequests(count: number): number {
  return 5_000 + count * 250;
}

const REPOSITORY = path.join(__dirname, "..");

/** A line of a file that no page of the site holds: a response holding it served the file. */
function telltaleLine(file: string, pattern: RegExp): string {
  const line = readFileSync(file, "utf8")
    .split("\n")
    .find((candidate) => pattern.test(candidate));
  if (line === undefined)
    throw new Error(`${file} has no line matching ${pattern}`);
  return line.trim();
}

const TELLTALES = {
  dotEnv: telltaleLine(
    path.join(REPOSITORY, ".env"),
    /^NEXT_TELEMETRY_DISABLED=/,
  ),
  gitConfig: telltaleLine(
    path.join(REPOSITORY, ".git", "config"),
    /repositoryformatversion/,
  ),
  packageJson: telltaleLine(path.join(REPOSITORY, "package.json"), /"name":/),
  passwd: telltaleLine("/etc/passwd", /^root:/),
};

/** Paths that name, or climb with encoded slashes to, a file outside the site's pages. */
const FILE_PROBES = [
  { path: "/.env", telltale: TELLTALES.dotEnv },
  { path: "/..%2f.env", telltale: TELLTALES.dotEnv },
  { path: "/releases/..%2f..%2f.env", telltale: TELLTALES.dotEnv },
  { path: "/_next/static/..%2f..%2f..%2f.env", telltale: TELLTALES.dotEnv },
  { path: "/.git/config", telltale: TELLTALES.gitConfig },
  { path: "/%2e%2e%2f.git%2fconfig", telltale: TELLTALES.gitConfig },
  { path: "/package.json", telltale: TELLTALES.packageJson },
  {
    path: "/_next/static/..%2f..%2f..%2fpackage.json",
    telltale: TELLTALES.packageJson,
  },
  { path: "/..%2f..%2fetc%2fpasswd", telltale: TELLTALES.passwd },
  { path: "/..%2f..%2fetc/passwd", telltale: TELLTALES.passwd },
  { path: "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", telltale: TELLTALES.passwd },
];

/**
 * Paths that climb with ".." or "%2e%2e" segments. A URL parser, Playwright's
 * included, resolves those before sending, so these go out as written.
 */
const VERBATIM_PROBES = [
  { path: "/../.env", telltale: TELLTALES.dotEnv },
  { path: "/releases/../../.env", telltale: TELLTALES.dotEnv },
  { path: "/%2e%2e/.env", telltale: TELLTALES.dotEnv },
  { path: "/_next/static/../../.git/config", telltale: TELLTALES.gitConfig },
  { path: "/releases/../../package.json", telltale: TELLTALES.packageJson },
  {
    path: "/_next/static/../../../package.json",
    telltale: TELLTALES.packageJson,
  },
  { path: "/%2e%2e/%2e%2e/etc/passwd", telltale: TELLTALES.passwd },
];

/** A GET whose path goes out exactly as given, which fetch and Playwright do not allow. */
function getVerbatim(
  baseURL: string,
  rawPath: string,
): Promise<{ status: number | undefined; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    httpRequest({ hostname, port, path: rawPath }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode, body }));
    })
      .on("error", reject)
      .end();
  });
}

/** A call page in each of its phases, by the reader's clock: what is shown changes with each. */
const CALL_PHASES = {
  upcoming: "2005-03-01T12:00:00Z",
  live: "2005-03-03T22:00:00Z",
  "replay running": "2005-03-10T12:00:00Z",
};

test("each heading level has one style on every page", async ({ page }) => {
  const stylesOfLevel = new Map<string, Map<string, string[]>>();
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    await page.goto(path);
    if (type === "search")
      await expect(page.getByRole("status")).toContainText("match");
    const headings = await page
      .locator("main :is(h1, h2, h3):visible")
      .evaluateAll((elements) =>
        elements.map((element) => {
          const style = getComputedStyle(element);
          return {
            level: element.tagName,
            style: `${style.fontFamily}, ${style.fontSize}, ${style.fontWeight}, ${style.color}`,
            text: element.textContent ?? "",
          };
        }),
      );
    for (const { level, style, text } of headings) {
      const styles = stylesOfLevel.get(level) ?? new Map<string, string[]>();
      styles.set(style, [...(styles.get(style) ?? []), `${type}: ${text}`]);
      stylesOfLevel.set(level, styles);
    }
  }
  expect([...stylesOfLevel.keys()].sort()).toEqual(["H1", "H2", "H3"]);
  for (const [level, styles] of stylesOfLevel) {
    expect(
      [...styles].map(([style, where]) => `${style} (${where[0]})`),
      `${level} styles`,
    ).toHaveLength(1);
  }
});

/**
 * Axe in the light scheme, then in the dark one. The site's dark scheme is
 * CSS alone (prefers-color-scheme, no script and no transitions), so the page
 * restyles in place and need not be loaded again.
 */
async function expectNoAxeViolationsInEitherScheme(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await test.step(`axe, ${colorScheme} scheme`, () =>
      expectNoAxeViolations(page));
  }
}

test.describe("at 360 px", () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`the ${type} page does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      await expectNoSidewaysScroll(page);
    });
  }
});

test.describe("accessibility and structure", () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`the ${type} page has one h1, no skipped heading level, the landmarks, and no WCAG 2.1 A/AA violation in either scheme`, async ({
      page,
    }) => {
      await page.goto(path);
      if (type === "search")
        await expect(page.getByRole("status")).toContainText("match");
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
      await expectNoAxeViolationsInEitherScheme(page);
    });
  }

  for (const [phase, at] of Object.entries(CALL_PHASES)) {
    test(`a call page, ${phase}, has no WCAG 2.1 A/AA violation in either scheme`, async ({
      page,
    }) => {
      await page.clock.setFixedTime(new Date(at));
      await page.goto(sitePages.call.example);
      await expectNoAxeViolationsInEitherScheme(page);
    });
  }
});

test.describe("keyboard", () => {
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
      ...["Releases", "Calls", "Timeline", "Filings", "Contacts", "Alerts"].map(
        (name) =>
          header
            .getByRole("navigation", { name: "Main" })
            .getByRole("link", { name, exact: true }),
      ),
      header.getByRole("searchbox", {
        name: "Search releases, calls and the timeline",
      }),
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

  test("a few hundred odd paths and methods get 2xx, 3xx, 400, 404 or 405, never a 5xx, and the server keeps answering", async ({
    request,
  }) => {
    const paths = [
      "/" + "a".repeat(4000),
      "/releases/" + "x".repeat(1000),
      "/releases/%00",
      "/releases/%ZZ",
      "/calls/%C3%28",
      "/releases/year/%ZZ",
      "/%ZZ",
      "/search%ZZ",
      "/%E2%82%AC",
      "/releases/日本語",
      "/calls/😀/calendar.ics",
      "/timeline/kind/<script>",
      "/releases?year=2004&year=2005",
      "/search?q=" + encodeURIComponent('" onmouseover=alert(1) x="'),
      "/search?q=" + "%".repeat(50),
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

  test("files beside the site are not served, by any path that names or climbs to them", async ({
    request,
  }) => {
    // OPTIONS is left out: it carries no file, and Next may answer it 400.
    const requests = FILE_PROBES.flatMap((probe) =>
      METHODS.filter((method) => method !== "OPTIONS").map((method) => ({
        method,
        ...probe,
      })),
    );
    test.setTimeout(timeoutForRequests(requests.length));

    for (const { method, path, telltale } of requests) {
      const response = await request.fetch(path, {
        method,
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      expect(response.status(), `${method} ${path}`).toBe(404);
      expect(await response.text(), `${method} ${path}`).not.toContain(
        telltale,
      );
    }
  });

  test('".." segments sent as written reach no file beside the site', async ({
    baseURL,
  }) => {
    if (baseURL === undefined) throw new Error("the config sets no baseURL");
    test.setTimeout(timeoutForRequests(VERBATIM_PROBES.length));

    for (const { path, telltale } of VERBATIM_PROBES) {
      const { status, body } = await getVerbatim(baseURL, path);
      expect(status, path).toBe(404);
      expect(body, path).not.toContain(telltale);
    }
  });
});
