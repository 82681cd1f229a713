import { expect, test, type Locator, type Page } from "@playwright/test";
import { asOnALowEndPhone, layoutShifts } from "./layout-shifts";

/**
 * A call page at a phone's first screen in each of its phases, by the
 * reader's clock: what the reader needs then is first and within the first
 * screen, numbers are links only while their line is open, and the page lays
 * out once (no layout shift when React takes over from the prerendered HTML).
 */
const CALL_2005 =
  "/calls/2005-03-03-preliminary-fourth-quarter-2004-results-call";
const FIRST_SCREEN = { width: 360, height: 780 };
const LIVE_NUMBERS = ["(888) 882-0115", "(415) 537-1985"];
const REPLAY_NUMBERS = ["(800) 633-8284", "(402) 977-9140"];

test.use({ viewport: FIRST_SCREEN });

test.beforeEach(({ page }) => asOnALowEndPhone(page));

async function expectInFirstScreen(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  if (box === null) throw new Error("no bounding box");
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(FIRST_SCREEN.height);
}

/** Numbers shown as text, not as links: visible on the page, with no link named by them. */
async function expectPlainNumbers(page: Page, numbers: readonly string[]) {
  for (const number of numbers) {
    await expect(page.getByRole("link", { name: number })).toHaveCount(0);
    await expect(
      page.getByText(number, { exact: true }).filter({ visible: true }),
    ).toHaveCount(1);
  }
}

async function expectLinkedNumbers(page: Page, numbers: readonly string[]) {
  for (const number of numbers) {
    await expect(page.getByRole("link", { name: number })).toHaveAttribute(
      "href",
      /^tel:\+1\d{10}$/,
    );
  }
}

/** Opens the call page with the reader's clock at `at`, and waits until React has taken over. */
async function openAt(page: Page, at: string | undefined) {
  if (at !== undefined) await page.clock.setFixedTime(new Date(at));
  await page.goto(CALL_2005);
  // The copy button appears (turns visible in its reserved room) once React runs.
  await expect(page.getByRole("button", { name: /^Copy/ })).toBeVisible();
}

async function expectStatus(page: Page, status: string) {
  const badge = page.getByTestId("call-status").first();
  await expect(badge.getByText(status, { exact: true })).toBeVisible();
}

async function expectFirstSection(page: Page, heading: string) {
  await expect(page.locator("main h2:visible").first()).toHaveText(heading, {
    useInnerText: true,
  });
}

test("before the call: the time, in Eastern, UTC and the reader's own, and the calendar come first", async ({
  page,
}) => {
  await openAt(page, "2005-03-01T12:00:00Z");
  await expectStatus(page, "Upcoming");
  await expectFirstSection(page, "When");
  await expectInFirstScreen(page.getByTestId("call-start-zone"));
  await expectInFirstScreen(page.getByTestId("call-start-utc"));
  await expectInFirstScreen(page.getByTestId("reader-time"));
  await expectInFirstScreen(
    page.getByRole("link", { name: "Add to calendar (.ics)" }),
  );
  await expectLinkedNumbers(page, LIVE_NUMBERS);
  await expectPlainNumbers(page, REPLAY_NUMBERS);
  expect(await layoutShifts(page)).toEqual([]);
});

test("during the call: the numbers to dial and the webcast come first", async ({
  page,
}) => {
  await openAt(page, "2005-03-03T22:00:00Z");
  await expectStatus(page, "Live now");
  await expectFirstSection(page, "Listen live");
  for (const number of LIVE_NUMBERS) {
    await expectInFirstScreen(page.getByRole("link", { name: number }));
  }
  await expectInFirstScreen(
    page.getByRole("link", { name: "Webcast on sonusnet.com" }),
  );
  await expectPlainNumbers(page, REPLAY_NUMBERS);
  expect(await layoutShifts(page)).toEqual([]);
});

test("while the replay runs: its numbers and code come first, the live numbers are kept as ended", async ({
  page,
}) => {
  await openAt(page, "2005-03-10T12:00:00Z");
  await expectStatus(page, "Replay available until March 3, 2006");
  await expectFirstSection(page, "Replay");
  for (const number of REPLAY_NUMBERS) {
    await expectInFirstScreen(page.getByRole("link", { name: number }));
  }
  await expectInFirstScreen(
    page.getByTestId("replay-code").getByText("21228369", { exact: true }),
  );
  await expectInFirstScreen(
    page.getByRole("button", { name: "Copy reservation number 21228369" }),
  );
  await expect(
    page.getByText("Available until the end of March 17, 2005, Eastern Time", {
      exact: true,
    }),
  ).toBeVisible();
  await expectPlainNumbers(page, LIVE_NUMBERS);
  await expect(page.getByText(/^Ended on March 3, 2005\./)).toBeVisible();
  expect(await layoutShifts(page)).toEqual([]);
});

test("once the telephone replay is over, the webcast replay that still runs leads", async ({
  page,
}) => {
  await openAt(page, "2005-04-01T12:00:00Z");
  await expectStatus(page, "Replay available until March 3, 2006");
  const replayHeadings = page
    .getByRole("region", { name: "Replay" })
    .getByRole("heading", { level: 3 });
  const headingTops = await Promise.all(
    ["Webcast replay", "By telephone"].map(
      async (name) =>
        (await replayHeadings.filter({ hasText: name }).boundingBox())?.y ??
        NaN,
    ),
  );
  expect(headingTops[0]).toBeLessThan(headingTops[1] ?? NaN);
  await expectInFirstScreen(
    page.getByRole("link", { name: "Webcast replay on sonusnet.com" }),
  );
  await expect(page.getByText("Ended on March 17, 2005")).toBeVisible();
  await expectPlainNumbers(page, [...LIVE_NUMBERS, ...REPLAY_NUMBERS]);
});

test("after every replay: all numbers stay as the record, as plain text", async ({
  page,
}) => {
  await openAt(page, undefined);
  await expectStatus(page, "Ended");
  await expectFirstSection(page, "When");
  // The contacts beside the call keep their links: they are people, not lines that closed.
  const callLinks = await page
    .locator('main a[href^="tel:"]')
    .evaluateAll(
      (links) =>
        links.filter((link) => link.checkVisibility() && !link.closest("aside"))
          .length,
    );
  expect(callLinks).toBe(0);
  await expectPlainNumbers(page, [...LIVE_NUMBERS, ...REPLAY_NUMBERS]);
  await expect(page.getByText("Ended on March 17, 2005")).toBeVisible();
  await expect(page.getByText("Ended on March 3, 2006")).toBeVisible();
  expect(await layoutShifts(page)).toEqual([]);
});

test("an open page follows the reader's clock from upcoming to live", async ({
  page,
}) => {
  await page.clock.install({ time: new Date("2005-03-03T21:44:50Z") });
  await page.goto(CALL_2005);
  await expectStatus(page, "Upcoming");
  await expectFirstSection(page, "When");
  await page.clock.runFor(20_000);
  await expectStatus(page, "Live now");
  await expectFirstSection(page, "Listen live");
  await expectLinkedNumbers(page, LIVE_NUMBERS);
});

test.describe("the home page", () => {
  test("leads with the call and its replay numbers while the replay runs", async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date("2005-03-10T12:00:00Z"));
    await page.goto("/");
    await expect(page.locator("main h2:visible").first()).toHaveText(
      "Conference call and webcast on the preliminary fourth quarter 2004 results",
    );
    const lead = page.getByRole("region", {
      name: "Conference call and webcast on the preliminary fourth quarter 2004 results",
    });
    await expectInFirstScreen(
      lead.getByRole("link", { name: REPLAY_NUMBERS[0] }),
    );
    await expect(lead.getByText("21228369", { exact: true })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Latest conference call" }),
    ).toBeHidden();
    expect(await layoutShifts(page)).toEqual([]);
  });

  test("leads with the calendar file before the call", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2005-03-01T12:00:00Z"));
    await page.goto("/");
    await expectInFirstScreen(
      page.getByRole("link", { name: "Add to calendar (.ics)" }),
    );
  });

  test("leads with the latest releases once every replay is over", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("main h2:visible").first()).toHaveText(
      "Latest press releases",
    );
    await expect(
      page.getByRole("region", { name: "Latest conference call" }),
    ).toBeVisible();
  });
});
