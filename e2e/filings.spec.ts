import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * The filings of the two releases as the SEC has them: Sonus Networks' CIK
 * and the accession numbers of the Forms 8-K the releases were filed with,
 * written out here rather than taken from the code under test. Only links are
 * checked: nothing is fetched from EDGAR.
 */
const RELEASE_2004 =
  "/releases/2004-03-29-update-on-status-of-financial-results";
const RELEASE_2005 =
  "/releases/2005-03-03-preliminary-fourth-quarter-2004-results";

/** EDGAR's list of the company's filings of a form, up to the end of a year (dateb). */
const edgarList = (type: string, through: string) =>
  `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=1105472&type=${type}&dateb=${through}&owner=include&count=40`;

const FORM_8K_2004 =
  "https://www.sec.gov/Archives/edgar/data/1105472/000115752304002728/0001157523-04-002728-index.htm";
const FORM_8K_2005 =
  "https://www.sec.gov/Archives/edgar/data/1105472/000115752305002189/0001157523-05-002189-index.htm";

type Expected = {
  date: string;
  shown: string;
  form: string;
  /** EDGAR's list of the form's filings, opening at the end of the filing's year. */
  formList: string;
  title: string;
  /** A named report: the release that names it, and "Expected, as of …" if it was ahead. */
  namedIn?: { release: string; shown: string; expected?: string };
  /** A Form 8-K: the release it carries and the filing's own index page. */
  carries?: { release: string; shown: string; filing: string };
};

/** Newest first. */
const FILINGS: Expected[] = [
  {
    date: "2005-03-16",
    shown: "March 16, 2005",
    form: "10-K",
    formList: edgarList("10-K", "20051231"),
    title: "Annual Report on Form 10-K",
    namedIn: {
      release: RELEASE_2005,
      shown: "March 3, 2005",
      expected: "Expected, as of March 3, 2005",
    },
  },
  {
    date: "2005-03-03",
    shown: "March 3, 2005",
    form: "8-K",
    formList: edgarList("8-K", "20051231"),
    title: "Current Report on Form 8-K",
    carries: {
      release: RELEASE_2005,
      shown: "March 3, 2005",
      filing: FORM_8K_2005,
    },
  },
  {
    date: "2004-11-09",
    shown: "November 9, 2004",
    form: "10-Q",
    formList: edgarList("10-Q", "20041231"),
    title: "Quarterly Report on Form 10-Q",
    namedIn: { release: RELEASE_2005, shown: "March 3, 2005" },
  },
  {
    date: "2004-07-28",
    shown: "July 28, 2004",
    form: "10-K/A",
    formList: edgarList("10-K%2FA", "20041231"),
    title: "Annual Report on Form 10-K/A",
    namedIn: { release: RELEASE_2005, shown: "March 3, 2005" },
  },
  {
    date: "2004-03-29",
    shown: "March 29, 2004",
    form: "8-K",
    formList: edgarList("8-K", "20041231"),
    title: "Current Report on Form 8-K",
    carries: {
      release: RELEASE_2004,
      shown: "March 29, 2004",
      filing: FORM_8K_2004,
    },
  },
  {
    date: "2003-11-10",
    shown: "November 10, 2003",
    form: "10-Q",
    formList: edgarList("10-Q", "20031231"),
    title: "Quarterly Report on Form 10-Q",
    namedIn: { release: RELEASE_2004, shown: "March 29, 2004" },
  },
];

const entries = (page: Page) => page.locator("main ol > li");

test("/filings lists the filings of both releases, newest first, each with its date, form, release and EDGAR links", async ({
  page,
}) => {
  await page.goto("/filings");
  await expect(entries(page)).toHaveCount(FILINGS.length);
  for (const [index, filing] of FILINGS.entries()) {
    const entry = entries(page).nth(index);
    const label = `${filing.form} of ${filing.date}`;
    await expect(entry.locator("time"), label).toHaveAttribute(
      "datetime",
      filing.date,
    );
    await expect(entry.locator("time"), label).toHaveText(filing.shown);
    await expect(entry, label).toContainText(`Form ${filing.form}`);
    await expect(entry, label).toContainText(filing.title);
    await expect(
      entry.getByRole("link", {
        name: `Form ${filing.form} filings on SEC EDGAR to the end of ${filing.date.slice(0, 4)}`,
      }),
      label,
    ).toHaveAttribute("href", filing.formList);

    if (filing.namedIn) {
      const { release, shown, expected } = filing.namedIn;
      await expect(
        entry.getByRole("link", { name: `the release of ${shown}` }),
        label,
      ).toHaveAttribute("href", new RegExp(`^${release}#p-\\d+$`));
      if (expected) await expect(entry, label).toContainText(expected);
      else await expect(entry, label).not.toContainText("Expected");
    }
    if (filing.carries) {
      const { release, shown, filing: edgarIndex } = filing.carries;
      // An 8-K is dated by its date of report, the release's date, and says so.
      await expect(entry, label).toContainText("date of report");
      await expect(entry, label).toContainText(
        `Exhibit 99.1: the release of ${shown}`,
      );
      await expect(
        entry.getByRole("link", { name: `the release of ${shown}` }),
        label,
      ).toHaveAttribute("href", release);
      await expect(
        entry.getByRole("link", { name: /^This filing on SEC EDGAR/ }),
        label,
      ).toHaveAttribute("href", edgarIndex);
    }
  }
});

test("each release page names the Form 8-K it was filed with, linked on EDGAR", async ({
  page,
}) => {
  for (const [release, filing] of [
    [RELEASE_2004, FORM_8K_2004],
    [RELEASE_2005, FORM_8K_2005],
  ] as const) {
    await page.goto(release);
    await expect(
      page.getByRole("link", {
        name: "Filed with the SEC as Exhibit 99.1 to Form 8-K",
      }),
      release,
    ).toHaveAttribute("href", filing);
  }
});

test("a filing on the timeline links to its entry on /filings, highlighted", async ({
  page,
}) => {
  await page.goto("/timeline");
  await page
    .locator("main li[id]")
    .filter({ has: page.locator('time[datetime="2005-03-16"]') })
    .getByRole("link", { name: "Annual Report on Form 10-K", exact: true })
    .click();
  await expect(page).toHaveURL(/\/filings\/year\/2005#2005-03-16-10-k$/);
  const target = page.locator(":target");
  await expect(target).toContainText("Annual Report on Form 10-K");
  await expect(target).toContainText("Expected, as of March 3, 2005");
  await expect(target).toBeInViewport();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no WCAG 2.1 A/AA violation on /filings, ${colorScheme} scheme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/filings");
    await expectNoAxeViolations(page);
  });
}
