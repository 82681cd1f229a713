import { expect, test, type Page } from "@playwright/test";
import { expectNoSidewaysScroll } from "../sideways";

/**
 * Events other than results calls, from the releases of e2e/archive/events:
 * a presentation at a conference whose release prints its time without a
 * zone, a webcast-only analyst day, and a call announced on the company's
 * own site, without a wire. Read at several clocks, in New York and Tokyo.
 */
const PRESENTATION =
  "/calls/2005-05-10-to-present-at-the-harbor-growth-conference-presentation";
const ANALYST_DAY = "/calls/2005-09-15-to-webcast-its-analyst-day-webcast";
const UPDATE_CALL = "/calls/2006-06-15-to-host-business-update-call";
const WEBSITE_RELEASE = "/releases/2006-06-12-to-host-business-update-call";
const PRINTED_TIME =
  /^Tuesday, May 10, 2005(,| at) 11:00\sAM local time in Phoenix, Arizona$/;

async function openAt(page: Page, path: string, at: string) {
  await page.clock.setFixedTime(new Date(at));
  await page.goto(path);
}

const status = (page: Page) =>
  page.getByTestId("call-status").first().locator("span:visible").first();

for (const timezoneId of ["America/New_York", "Asia/Tokyo"]) {
  test.describe(`a time printed without a zone, read in ${timezoneId}`, () => {
    test.use({ timezoneId });

    // 11:00 comes first at UTC+14 (21:00 UTC the day before) and last at
    // UTC-12 (23:00 UTC); the presentation is 30 minutes long.
    for (const [at, expected] of [
      ["2005-05-09T12:00:00Z", "Upcoming"],
      ["2005-05-09T20:59:00Z", "Upcoming"],
      ["2005-05-09T21:01:00Z", "Possibly under way"],
      ["2005-05-10T18:15:00Z", "Possibly under way"],
      ["2005-05-10T23:29:00Z", "Possibly under way"],
      ["2005-05-10T23:31:00Z", "Replay available"],
      ["2005-06-12T12:00:00Z", "Ended"],
    ] as const) {
      test(`at ${at} the presentation is ${expected}, its time printed as the release gives it`, async ({
        page,
      }) => {
        await openAt(page, PRESENTATION, at);
        await expect(status(page)).toContainText(expected);
        await expect(page.getByTestId("call-start-local")).toHaveText(
          PRINTED_TIME,
        );
        await expect(page.getByTestId("reader-time")).toHaveCount(0);
      });
    }
  });
}

test("a presentation's page says what, where and who, and has no telephone section", async ({
  page,
}) => {
  await openAt(page, PRESENTATION, "2005-05-10T18:15:00Z");
  const header = page.getByRole("main").locator("header");
  await expect(header).toContainText("Presentation · Phoenix, Arizona");
  await expect(header).toContainText(
    "Speaker: David Harrington, Chief Financial Officer",
  );
  await expect(page.locator("main h2:visible").first()).toHaveText(
    "Live webcast",
    { useInnerText: true },
  );
  await expect(page.getByText("By telephone")).toHaveCount(0);
  // The company's contacts beside it keep their numbers; the event itself has none.
  await expect(
    page.locator('main a[href^="tel:"]:not(aside a[href^="tel:"])'),
  ).toHaveCount(0);
  await expect(
    page.getByRole("complementary").locator('a[href^="tel:"]').first(),
  ).toBeVisible();
  await expect(page.getByText(/dial-in/i)).toHaveCount(0);
  await expect(
    page.getByRole("heading", { name: "Archived webcast" }),
  ).toBeVisible();
  await expect(
    page.getByText(
      /^The release gives no time zone, so the time is shown as printed/,
    ),
  ).toBeVisible();
});

test("a webcast-only event is a webcast on its page and its card, with no telephone", async ({
  page,
}) => {
  await openAt(page, ANALYST_DAY, "2005-09-15T14:00:00Z");
  await expect(status(page)).toContainText("Live now");
  await expect(page.getByRole("main").locator("header")).toContainText(
    "Webcast",
  );
  await expect(page.getByText("By telephone")).toHaveCount(0);
  await page.goto("/calls/year/2005");
  await expect(
    page.getByRole("link", {
      name: "Webcast and archive details: Analyst Day webcast",
    }),
  ).toBeVisible();
});

test("a release from the company's own site shows its dateline without a wire", async ({
  page,
}) => {
  await page.goto(WEBSITE_RELEASE);
  await expect(page.locator(".dateline")).toHaveText(
    "WESTFORD, Mass., June 12, 2006--",
  );
  await expect(page.getByRole("main")).not.toContainText("WIRE");
  await expect(page.getByRole("main").locator("header")).toContainText(
    "WESTFORD, Mass. · Issued on the company's website · Nasdaq: EXMP",
  );
});

test("the home page features the event that is live, not the latest by date", async ({
  page,
}) => {
  // During the business update call; two results calls come after it.
  await openAt(page, "/", "2006-06-15T14:20:00Z");
  const featured = page.getByRole("region", {
    name: "Business update conference call",
  });
  await expect(featured).toBeVisible();
  await expect(
    featured.getByTestId("call-status").getByText("Live now"),
  ).toBeVisible();
  await expect(page.locator("main section:visible h2").first()).toHaveText(
    "Business update conference call",
  );
  await openAt(page, UPDATE_CALL, "2006-06-15T14:20:00Z");
  await expect(status(page)).toContainText("Live now");
});

test("the timeline shows each event once, named for its kind", async ({
  page,
}) => {
  await page.goto("/timeline/year/2005");
  const presentation = page.locator("li.timeline-entry", {
    hasText: "Presentation at the Harbor Growth Conference",
  });
  await expect(presentation).toHaveCount(1);
  await expect(presentation.locator("[data-event-kind]")).toHaveText(
    "Presentation",
  );
  // Its sentence is the release's lead, which the release's own line does not show.
  await expect(presentation.locator(".source-quote")).toContainText(
    "will present at the Harbor Growth Conference",
  );
});

for (const [at, phase] of [
  ["2005-05-01T12:00:00Z", "ahead"],
  ["2005-05-12T18:15:00Z", "on replay"],
] as const) {
  test(`at 360 px no event page or its release scrolls sideways, ${phase}`, async ({
    page,
  }) => {
    for (const path of [
      PRESENTATION,
      ANALYST_DAY,
      UPDATE_CALL,
      WEBSITE_RELEASE,
    ]) {
      await openAt(page, path, at);
      await test.step(path, () => expectNoSidewaysScroll(page));
    }
  });
}
