import { expect, test, type Page } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";
import { sitePages } from "../lib/site/pages";

type ScriptPolicyWindow = Window & {
  violations: string[];
  injectedScriptRan?: boolean;
};

/**
 * Records every Content-Security-Policy violation of the pages the browser
 * opens. Added by the test harness, outside the page's policy.
 */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const record = window as unknown as ScriptPolicyWindow;
    record.violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      record.violations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "an inline script"} (${event.sample})`,
      );
    });
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as ScriptPolicyWindow).violations);

/** React has taken over the page: its nodes carry React's internal keys. */
const isHydrated = (page: Page) =>
  page.evaluate(() =>
    Object.keys(document.querySelector("main") ?? {}).some((key) =>
      key.startsWith("__react"),
    ),
  );

/** The script-src of the page's own policy, in its <meta>, before any script. */
async function pagePolicy(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const meta = document.head.querySelector(
      'meta[http-equiv="Content-Security-Policy"]',
    );
    const firstScript = document.head.querySelector("script");
    if (
      meta === null ||
      (firstScript !== null &&
        !(
          meta.compareDocumentPosition(firstScript) &
          Node.DOCUMENT_POSITION_FOLLOWING
        ))
    )
      return [];
    return (meta.getAttribute("content") ?? "").split(/\s+/);
  });
}

/**
 * Every page type: its own policy allows scripts by hash only, the page runs
 * and hydrates with no violation, and an inline script injected into it is
 * refused.
 */
async function expectOnlyOwnScriptsRun(page: Page) {
  await recordViolations(page);
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    await page.goto(path);
    const policy = await pagePolicy(page);
    expect(policy[0], type).toBe("script-src");
    expect(policy, type).not.toContain("'unsafe-inline'");
    expect(
      policy.filter((source) => source.startsWith("'sha256-")).length,
      type,
    ).toBeGreaterThan(0);
    await expect.poll(() => isHydrated(page), type).toBe(true);
    expect(await violations(page), type).toEqual([]);

    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injectedScriptRan = true";
      document.head.append(script);
      return (window as unknown as ScriptPolicyWindow).injectedScriptRan;
    });
    expect(ran, type).toBeUndefined();
    await expect
      .poll(() => violations(page), type)
      .toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)]);
  }
}

/** The islands work under the policy: search (WebAssembly), the copy button, a client-side navigation. */
async function expectIslandsWork(page: Page) {
  await recordViolations(page);
  await page.goto("/search?q=replay");
  await expect(
    page.getByRole("link", {
      name: "Conference call and webcast on the preliminary fourth quarter 2004 results",
    }),
  ).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.goto(sitePages.call.example);
  await page.getByRole("button", { name: /^Copy/ }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Copied" }),
  ).toBeVisible();
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Timeline" })
    .click();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Timeline",
  );
  expect(await violations(page)).toEqual([]);
}

/** The checks, for the server the spec that calls this runs against. */
export function scriptPolicyTests() {
  test.describe("script policy", () => {
    test("every page type runs its own inline scripts and refuses an injected one", async ({
      page,
    }) => {
      await expectOnlyOwnScriptsRun(page);
    });

    test("search, the copy button and client-side navigation work under it", async ({
      page,
      context,
    }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await expectIslandsWork(page);
    });
  });
}
