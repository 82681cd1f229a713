import { findPhoneNumbersInText } from "libphonenumber-js/max";
import ICAL from "ical.js";
import { expect, test, type Page } from "@playwright/test";
import { asOnALowEndPhone, layoutShifts } from "./layout-shifts";
import { readWireReleases } from "./wire-text";

const CALL_2004 =
  "/calls/2004-03-29-update-on-status-of-financial-results-call";
const CALL_2005 =
  "/calls/2005-03-03-preliminary-fourth-quarter-2004-results-call";
const callPageOf: Record<string, string> = {
  "2004-03-29-update-on-status-of-financial-results": CALL_2004,
  "2005-03-03-preliminary-fourth-quarter-2004-results": CALL_2005,
};

test("/calls lists both calls, with a link to each", async ({ page }) => {
  await page.goto("/calls");
  for (const href of [CALL_2004, CALL_2005]) {
    await expect(
      page.locator(`main a[href="${href}"]:visible`).first(),
    ).toBeVisible();
  }
  // Both calls lie in the past of any real clock.
  await expect(
    page.getByRole("region", { name: "Past calls" }).getByRole("article"),
  ).toHaveCount(2);
});

for (const wire of readWireReleases()) {
  test(`the call page of ${wire.slug} shows every number and code of its release`, async ({
    page,
  }) => {
    const text = wire.paragraphs.join("\n");
    // As the site shows a North American number: (888) 882-0115.
    const numbers = findPhoneNumbersInText(text, "US").map(({ number }) =>
      number.formatNational(),
    );
    const codes = [
      ...text.matchAll(
        /(?:access code|reservation number) for the replay is (\d+)/g,
      ),
    ].map((match) => match[1]);
    expect(numbers.length).toBe(4);
    expect(codes.length).toBe(1);

    const callPage = callPageOf[wire.slug];
    if (!callPage) throw new Error(`no call page known for ${wire.slug}`);
    await page.goto(callPage);
    for (const number of numbers) {
      await expect(
        page.getByText(number, { exact: true }).filter({ visible: true }),
      ).toHaveCount(1);
    }
    // The code as a whole, not inside a longer number: "21190372" must not pass as "211903721".
    for (const code of codes) {
      await expect(
        page.getByTestId("replay-code").getByText(code ?? "", { exact: true }),
      ).toBeVisible();
    }
  });
}

test("release and call pages link to each other; the home page shows the latest call", async ({
  page,
}) => {
  await page.goto("/releases/2004-03-29-update-on-status-of-financial-results");
  await page
    .getByRole("region", { name: "Conference call" })
    .getByRole("link")
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${CALL_2004}$`));
  await page
    .getByRole("link", {
      name: "Sonus Networks Provides Update on Status of Its Financial Results",
    })
    .click();
  await expect(page).toHaveURL(
    /\/releases\/2004-03-29-update-on-status-of-financial-results$/,
  );

  await page.goto("/");
  await expect(
    page
      .getByRole("region", { name: "Latest conference call" })
      .locator(`a[href="${CALL_2005}"]`)
      .first(),
  ).toBeVisible();
});

test.describe("calendar files", () => {
  const startOf = async (page: Page, path: string) => {
    const response = await page.request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    return calendar
      .getAllSubcomponents("vevent")
      .map((vevent) =>
        new ICAL.Event(vevent).startDate.toJSDate().toISOString(),
      );
  };

  test("each call's .ics starts at the right UTC instant", async ({ page }) => {
    expect(await startOf(page, `${CALL_2004}/calendar.ics`)).toEqual([
      "2004-03-29T13:30:00.000Z",
    ]);
    expect(await startOf(page, `${CALL_2005}/calendar.ics`)).toEqual([
      "2005-03-03T21:45:00.000Z",
    ]);
    expect(await startOf(page, "/calendar.ics")).toEqual([
      "2005-03-03T21:45:00.000Z",
      "2004-03-29T13:30:00.000Z",
    ]);
  });

  test("the call page links to its .ics, as its primary action before the call", async ({
    page,
  }) => {
    await page.goto(CALL_2004);
    await expect(
      page
        .getByRole("region", { name: "When" })
        .getByRole("link", { name: "Calendar file of the call (.ics)" }),
    ).toHaveAttribute("href", `${CALL_2004}/calendar.ics`);
    await page.clock.setFixedTime(new Date("2004-03-28T12:00:00Z"));
    await page.goto(CALL_2004);
    await expect(
      page.getByRole("link", { name: "Add to calendar (.ics)" }),
    ).toHaveAttribute("href", `${CALL_2004}/calendar.ics`);
  });
});

test.describe("a reader in London", () => {
  test.use({ timezoneId: "Europe/London", locale: "en-GB" });

  test("sees the 2004 call at 14:30, British Summer Time having begun", async ({
    page,
  }) => {
    await page.goto(CALL_2004);
    await expect(page.getByTestId("call-start-zone")).toHaveText(
      /8:30\sAM EST/,
    );
    await expect(page.getByTestId("call-start-utc")).toHaveText(
      "13:30 UTC on March 29, 2004",
    );
    await expect(page.getByTestId("reader-time")).toContainText(
      "Europe/London",
    );
    await expect(page.getByTestId("reader-time").locator("time")).toContainText(
      "14:30",
    );
  });

  test("on April 1, 2004 the telephone replay is available until April 12, 2004", async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date("2004-04-01T12:00:00Z"));
    await page.goto(CALL_2004);
    await expect(page.getByTestId("replay-status").first()).toHaveText(
      "Available until the end of April 12, 2004, Eastern Time",
      { useInnerText: true },
    );
    // The webcast replay runs for a year.
    await expect(page.getByTestId("call-status").first()).toHaveText(
      "Replay available until March 29, 2005",
      { useInnerText: true },
    );
  });

  test("by today's clock the telephone replay has ended", async ({ page }) => {
    await page.goto(CALL_2004);
    await expect(page.getByTestId("replay-status").first()).toHaveText(
      "Ended on April 12, 2004",
      { useInnerText: true },
    );
  });

  test("during the call it reads live now, and the replay is still to come", async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date("2004-03-29T13:45:00Z"));
    await page.goto(CALL_2004);
    await expect(page.getByTestId("call-status").first()).toHaveText(
      "Live now",
      { useInnerText: true },
    );
    await expect(page.getByTestId("replay-status").first()).toHaveText(
      "Opens after the call; available until the end of April 12, 2004, Eastern Time",
      { useInnerText: true },
    );
    await page.goto("/calls");
    // Soonest first: the 2004 call is on now; the 2005 one is still to come.
    const upcoming = page
      .getByRole("region", { name: "Upcoming, live and on replay" })
      .getByRole("article");
    await expect(upcoming).toHaveCount(2);
    await expect(upcoming.nth(0).getByTestId("call-status")).toHaveText(
      "Live now",
      { useInnerText: true },
    );
    await expect(
      upcoming.nth(0).locator(`a[href="${CALL_2004}"]`).first(),
    ).toBeVisible();
    await expect(upcoming.nth(1).getByTestId("call-status")).toHaveText(
      "Upcoming",
      { useInnerText: true },
    );
    await expect(
      page.getByRole("region", { name: "Past calls" }),
    ).toContainText("None yet.");
  });
});

test("/calls lists a call whose replay runs with the current ones, in place from the first paint", async ({
  page,
}) => {
  await asOnALowEndPhone(page);
  // The 2004 call's webcast replay ran until March 29, 2005.
  await page.clock.setFixedTime(new Date("2005-04-01T12:00:00Z"));
  await page.goto("/calls");
  const current = page
    .getByRole("region", { name: "Upcoming, live and on replay" })
    .getByRole("article");
  await expect(current).toHaveCount(1);
  await expect(current.getByTestId("call-status")).toHaveText(
    "Replay available until March 3, 2006",
    { useInnerText: true },
  );
  await expect(current.locator(`a[href="${CALL_2005}"]`).first()).toBeVisible();
  const past = page
    .getByRole("region", { name: "Past calls" })
    .getByRole("article");
  await expect(past).toHaveCount(1);
  await expect(past.locator(`a[href="${CALL_2004}"]`).first()).toBeVisible();
  // Built long after both calls, the page moves the 2005 one up before it is painted.
  expect(await layoutShifts(page)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the call page gives Eastern and UTC times and its status as of the build", async ({
    page,
  }) => {
    await page.goto(CALL_2005);
    await expect(page.getByTestId("call-start-zone")).toHaveText(
      /^Thursday, March 3, 2005(,| at) 4:45\sPM EST$/,
    );
    await expect(page.getByTestId("call-start-utc")).toHaveText(
      "21:45 UTC on March 3, 2005",
    );
    await expect(page.getByTestId("reader-time")).toBeHidden();
    await expect(page.getByTestId("call-status").first()).toHaveText(
      /^Ended\s*as of \w+ \d{1,2}, \d{4}$/,
      { useInnerText: true },
    );
    await expect(page.getByTestId("replay-status").first()).toHaveText(
      "Ended on March 17, 2005",
      { useInnerText: true },
    );
    await expect(page.getByRole("button", { name: /Copy/ })).toHaveCount(0);
  });
});

test("the copy button copies the code from the keyboard and says so, on the button too", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.clock.install();
  await page.goto(CALL_2005);
  const button = page.getByRole("button", {
    name: "Copy reservation number 21228369",
  });
  const shownWord = button.locator("span[aria-hidden] > span:visible");
  await expect(shownWord).toHaveText("Copy");
  const width = (await button.boundingBox())?.width;
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: "Copied" }),
  ).toHaveText("Copied reservation number 21228369");
  await expect(shownWord).toHaveText("Copied");
  expect((await button.boundingBox())?.width).toBe(width);
  await page.clock.runFor(3_000);
  await expect(shownWord).toHaveText("Copy");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    "21228369",
  );
});
