import Database from "better-sqlite3";
import type { ParsedMail } from "mailparser";
import { expect, test, type Page } from "@playwright/test";
import {
  contentWith,
  HOSTILE_RELEASE,
  runAlertsSend,
  SEED_2004,
  SEED_2005,
} from "../lib/testing/alerts-send";
import { startTestInbox, type TestInbox } from "../lib/testing/smtp";
import { removeTemporaryFolders } from "../lib/testing/temporary-folder";
import { E2E_ALERTS_DB, e2eSmtpPort } from "./alerts-server";
import { linkIn, requestSignUp } from "./alerts-sign-up";
import { expectNoAxeViolations } from "./axe";

// One SMTP server on one port for the whole file: its tests run in order, in one worker.
test.describe.configure({ mode: "serial" });

let inbox: TestInbox;
test.beforeAll(async () => {
  inbox = await startTestInbox({ port: e2eSmtpPort() });
});
test.afterAll(async () => {
  removeTemporaryFolders();
  await inbox.close();
});

/** `npm run alerts:send` against the site under test, after a deploy of these release files. */
async function sendAlerts(
  baseURL: string | undefined,
  releases: readonly string[],
) {
  const { code, output } = await runAlertsSend({
    ALERTS_DB: E2E_ALERTS_DB,
    SMTP_URL: inbox.url,
    CONTENT_DIR: contentWith(releases),
    SITE_URL: baseURL ?? "",
  }).ended;
  expect(code, output).toBe(0);
  return output;
}

/** A header as sent, unfolded (RFC 5322 folds long ones over lines). */
const header = (message: ParsedMail | undefined, name: string) =>
  message?.headerLines
    .find(({ key }) => key === name)
    ?.line.slice(name.length + 1)
    .replace(/\s+/g, " ")
    .trim();

/** An alert page reads as the site's: its header and footer, no script, and nothing axe finds in either scheme. */
async function expectSitePage(page: Page) {
  await expect(
    page
      .getByRole("banner")
      .getByRole("link", { name: "Sonus Networks Investor Relations" }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Alerts", exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(
    "Press releases are shown as issued.",
  );
  await expect(page.locator("script")).toHaveCount(0);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await test.step(`axe, ${colorScheme} scheme`, () =>
      expectNoAxeViolations(page));
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function signUp(page: Page, email: string) {
  const confirmation = await requestSignUp(page, {
    alertsPage: "/alerts",
    inbox,
    email,
  });
  expect(confirmation?.subject).toBe(
    "Confirm your Sonus Networks e-mail alerts",
  );
  expect(confirmation?.text).toContain(
    "new press releases and reminders of calls and events",
  );

  await page.goto(linkIn(confirmation, "/alerts/confirm?token="));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Confirm your e-mail alerts",
  );
  await expectSitePage(page);
  await page.getByRole("button", { name: "Confirm my alerts" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Your alerts are on",
  );
  await expect(page.getByRole("main")).toContainText(
    `Alerts will go to ${email}`,
  );
}

test("a reader signs up on the form, confirms by the link, gets the next release, unsubscribes, and gets nothing more", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // A client address of this test's own, for the per-client sign-up limit.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.20" });
  expect(await sendAlerts(baseURL, [SEED_2004])).toContain("alerts: 0 to send");

  await signUp(page, "alice@example.com");
  await signUp(page, "bob@example.com");

  // The March 3, 2005 release is published.
  expect(await sendAlerts(baseURL, [SEED_2004, SEED_2005])).toContain(
    "alerts: 2 to send",
  );
  const headline =
    "Sonus Networks Announces Preliminary 2004 Fourth Quarter Financial Results";
  for (const email of ["alice@example.com", "bob@example.com"]) {
    const [, alert] = inbox.to(email);
    expect(alert?.subject, email).toBe(headline);
    expect(alert?.text, email).toContain("March 3, 2005");
    expect(alert?.html, email).toContain(headline);
    expect(header(alert, "list-unsubscribe-post")).toBe(
      "List-Unsubscribe=One-Click",
    );
    expect(header(alert, "list-unsubscribe")).toBe(
      `<${linkIn(alert, "/alerts/unsubscribe?token=")}> (Unsubscribe)`,
    );
  }
  const [, aliceAlert] = inbox.to("alice@example.com");
  await page.goto(linkIn(aliceAlert, "/releases/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);

  // Alice follows the link in the message; Bob's mail program uses the one-click header, as RFC 8058 has it.
  await page.goto(linkIn(aliceAlert, "/alerts/unsubscribe?token="));
  await expectSitePage(page);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "You are unsubscribed",
  );
  const [, bobAlert] = inbox.to("bob@example.com");
  const oneClickUrl =
    header(bobAlert, "list-unsubscribe")?.match(/^<(.+)>/)?.[1] ?? "";
  const oneClick = await request.post(oneClickUrl, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(oneClick.status()).toBe(200);
  expect(await oneClick.text()).toContain("You are unsubscribed");

  // Carol signs up now; the next release reaches her and no one else.
  await signUp(page, "carol@example.com");
  expect(
    await sendAlerts(baseURL, [SEED_2004, SEED_2005, HOSTILE_RELEASE]),
  ).toContain("alerts: 1 to send");
  expect(inbox.to("alice@example.com")).toHaveLength(2);
  expect(inbox.to("bob@example.com")).toHaveLength(2);
  const [, carolAlert] = inbox.to("carol@example.com");
  expect(carolAlert?.subject).toContain(
    "</script><script>window.__pwned=1</script>",
  );
  expect(carolAlert?.html).not.toMatch(/<(script|img|svg)\b/i);
});

test("the sign-up form works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": "198.51.100.21" },
  });
  const page = await context.newPage();
  const before = inbox.messages.length;
  await page.goto("/alerts");
  const form = page.getByRole("form", { name: "Sign up for e-mail alerts" });
  await form.getByLabel("E-mail address").fill("dora@example.com");
  await form.getByLabel("each new press release").uncheck();
  await form.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Check your inbox",
  );
  await inbox.waitForCount(before + 1);
  expect(inbox.to("dora@example.com")[0]?.text).toContain(
    "for reminders of calls and events from",
  );
  await context.close();
});

test("a subscriber without an alert at hand asks for a link, without JavaScript, and stops the alerts; an address without alerts gets the same page and no mail", async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.24" });
  await signUp(page, "frank@example.com");
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": "198.51.100.25" },
  });
  const reader = await context.newPage();
  const ask = async (email: string) => {
    await reader.goto("/alerts");
    const form = reader.getByRole("form", {
      name: "Change or stop your alerts",
    });
    await form.getByLabel("E-mail address").fill(email);
    await form.getByRole("button", { name: "Send me the link" }).click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(
      "Check your inbox",
    );
    return reader.getByRole("main").textContent();
  };
  const before = inbox.messages.length;
  const forSubscriber = await ask("FRANK@example.com");
  await inbox.waitForCount(before + 1);
  // axe needs JavaScript: the page's checks are quality.spec.ts's, through the page registry.
  const forStranger = await ask("grace@example.com");
  expect(forStranger).toBe(forSubscriber);

  const [, message] = inbox.to("frank@example.com");
  expect(message?.subject).toBe("Your Sonus Networks e-mail alerts");
  expect(message?.text).toContain(
    "This address receives new press releases and reminders of calls and events",
  );
  expect(inbox.to("grace@example.com")).toEqual([]);
  await reader.goto(linkIn(message, "/alerts/unsubscribe?token="));
  await reader.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(
    "You are unsubscribed",
  );
  await context.close();
  expect(inbox.messages).toHaveLength(before + 1);
});

test("a link without its token answers plainly, on a page with the site's header and footer", async ({
  page,
}) => {
  for (const path of ["/alerts/confirm", "/alerts/unsubscribe?token=short"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This link is incomplete",
    );
    await expectSitePage(page);
  }
});

function storedSignUps(): number {
  const database = new Database(E2E_ALERTS_DB, {
    readonly: true,
    fileMustExist: true,
  });
  try {
    const row = database
      .prepare<[], { count: number }>(
        "SELECT count(*) AS count FROM confirmations",
      )
      .get();
    return row?.count ?? 0;
  } finally {
    database.close();
  }
}

test("bad sign-ups get a 4xx, and nothing is stored or sent", async ({
  request,
  baseURL,
}) => {
  const origin = baseURL ?? "";
  const good = { email: "erin@example.com", releases: "on", website: "" };
  const post = (
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ) =>
    request.post("/alerts/subscribe", {
      form,
      headers: { origin, "x-forwarded-for": "198.51.100.22", ...headers },
      maxRedirects: 0,
      failOnStatusCode: false,
    });
  const stored = storedSignUps();
  const sent = inbox.messages.length;
  const answers = {
    "malformed address": (
      await post({ ...good, email: "erin@@example" })
    ).status(),
    "oversized body": (
      await post({ ...good, padding: "x".repeat(10_000) })
    ).status(),
    "wrong origin": (
      await post(good, { origin: "https://evil.example" })
    ).status(),
    "honeypot filled": (
      await post({ ...good, website: "https://spam.example" })
    ).status(),
  };
  expect(answers).toEqual({
    "malformed address": 400,
    "oversized body": 413,
    "wrong origin": 403,
    "honeypot filled": 400,
  });

  const burst = [];
  for (let index = 0; index < 8; index++) {
    burst.push(
      (
        await post(
          { ...good, email: `burst${index}@example.com` },
          { "x-forwarded-for": "198.51.100.23" },
        )
      ).status(),
    );
  }
  expect(burst.filter((status) => status === 429)).toHaveLength(3);
  expect(storedSignUps()).toBe(stored + 5);
  await inbox.waitForCount(sent + 5);
  expect(inbox.messages).toHaveLength(sent + 5);
});

test("a few hundred odd requests to the alert routes get a 4xx or a page, never a 5xx", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const stored = storedSignUps();
  const bodies = [
    "",
    "email=",
    "email=%ZZ",
    "=&=&=",
    "email=a%40b.c&email=d%40e.f",
    "\u0000\u0001",
    "x".repeat(3000),
    "List-Unsubscribe=One-Click",
  ];
  const contentTypes = [
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/json",
    "text/plain",
    "",
  ];
  const paths = [
    "/alerts/subscribe",
    "/alerts/confirm",
    "/alerts/unsubscribe",
    "/alerts/confirm?token=",
    "/alerts/unsubscribe?token=%ZZ",
    `/alerts/confirm?token=${"A".repeat(43)}`,
    `/alerts/unsubscribe?token=${"_".repeat(43)}`,
    "/alerts/confirm?token=a&token=b",
  ];
  const statuses = new Map<number, number>();
  let index = 0;
  for (const path of paths) {
    for (const method of [
      "GET",
      "HEAD",
      "POST",
      "PUT",
      "DELETE",
      "PATCH",
      "OPTIONS",
    ]) {
      for (const [bodyIndex, body] of bodies.entries()) {
        if (method !== "POST" && bodyIndex > 0) continue;
        for (const contentType of method === "POST" ? contentTypes : [""]) {
          index += 1;
          const response = await request.fetch(path, {
            method,
            data: method === "POST" ? body : undefined,
            headers: {
              ...(contentType && { "content-type": contentType }),
              ...(index % 2 === 0 && { origin: baseURL ?? "" }),
              "x-forwarded-for": `203.0.113.${index % 250}`,
            },
            maxRedirects: 0,
            failOnStatusCode: false,
          });
          statuses.set(
            response.status(),
            (statuses.get(response.status()) ?? 0) + 1,
          );
          expect(
            [200, 204, 303, 400, 403, 404, 405, 410, 413, 415, 429],
            `${method} ${path} ${contentType} ${body.slice(0, 20)}`,
          ).toContain(response.status());
        }
      }
    }
  }
  expect((await request.get("/alerts")).status()).toBe(200);
  expect(storedSignUps()).toBe(stored);
  console.log("alert route statuses:", Object.fromEntries(statuses));
});
