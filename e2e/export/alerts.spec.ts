import { expect, test } from "@playwright/test";
import { EXPORT_ALERTS_ENDPOINT } from "./origin";

test("the exported alerts form posts to ALERTS_ENDPOINT, and out/ has no alert route of its own", async ({
  page,
  request,
}) => {
  await page.goto("/alerts");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "E-mail alerts",
  );
  for (const [form, route] of [
    ["Sign up for e-mail alerts", "/alerts/subscribe"],
    ["Change or stop your alerts", "/alerts/manage"],
  ]) {
    await expect(page.getByRole("form", { name: form })).toHaveAttribute(
      "action",
      `${EXPORT_ALERTS_ENDPOINT}${route}`,
    );
  }
  await expect(
    page.getByRole("contentinfo").getByRole("link", { name: "E-mail alerts" }),
  ).toHaveAttribute("href", "/alerts");
  for (const path of [
    "/alerts/subscribe",
    "/alerts/confirm",
    "/alerts/unsubscribe",
    "/alerts/manage",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
