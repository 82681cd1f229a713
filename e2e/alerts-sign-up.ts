import { expect, type Page } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import type { TestInbox } from "../lib/testing/smtp";

/** The first link in a message's text whose address holds `path`. */
export function linkIn(message: ParsedMail | undefined, path: string): string {
  const url = (message?.text ?? "")
    .split(/\s+/)
    .find((word) => word.includes(path));
  if (!url) throw new Error(`no ${path} link in ${message?.text}`);
  return url;
}

/**
 * Fills in the sign-up form of the alerts page at `alertsPage` as a reader
 * does, and returns the confirmation message the inbox then gets.
 */
export async function requestSignUp(
  page: Page,
  {
    alertsPage,
    inbox,
    email,
  }: {
    alertsPage: string;
    inbox: TestInbox;
    email: string;
  },
): Promise<ParsedMail | undefined> {
  const before = inbox.messages.length;
  await page.goto(alertsPage);
  const form = page.getByRole("form", { name: "Sign up for e-mail alerts" });
  await form.getByLabel("E-mail address").fill(email);
  await form.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Check your inbox",
  );
  await inbox.waitForCount(before + 1);
  return inbox.to(email)[0];
}
