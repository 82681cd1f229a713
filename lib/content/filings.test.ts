import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures } from "@/lib/testing/content-problems";
import { formatPeriod } from "@/lib/time/period";
import { listFilings, type Filing } from "./filings";
import { loadReleases } from "./load";

/** A filing in a line: its date, form, basis and the releases it comes from. */
function summary(filing: Filing) {
  const releases =
    filing.basis === "named"
      ? filing.mentions.map(({ release }) => release.date)
      : filing.exhibits.map(
          ({ release, exhibit }) => `${release.date} as ${exhibit}`,
        );
  return {
    id: filing.id,
    date: formatPeriod(filing.period),
    form: filing.form,
    ...(filing.basis === "named"
      ? { expectedAsOf: filing.expectedAsOf }
      : { accession: filing.accession }),
    releases,
  };
}

describe("listFilings", () => {
  it("lists the site's filings newest first: those the releases name and the 8-Ks they were filed with", () => {
    expect(listFilings(loadReleases("content")).map(summary)).toEqual([
      {
        id: "2005-03-16-10-k",
        date: "March 16, 2005",
        form: "10-K",
        expectedAsOf: "2005-03-03",
        releases: ["2005-03-03"],
      },
      {
        id: "8-k-0001157523-05-002189",
        date: "March 3, 2005",
        form: "8-K",
        accession: "0001157523-05-002189",
        releases: ["2005-03-03 as 99.1"],
      },
      {
        id: "2004-11-09-10-q",
        date: "November 9, 2004",
        form: "10-Q",
        expectedAsOf: undefined,
        releases: ["2005-03-03"],
      },
      {
        id: "2004-07-28-10-k-a",
        date: "July 28, 2004",
        form: "10-K/A",
        expectedAsOf: undefined,
        releases: ["2005-03-03"],
      },
      {
        id: "8-k-0001157523-04-002728",
        date: "March 29, 2004",
        form: "8-K",
        accession: "0001157523-04-002728",
        releases: ["2004-03-29 as 99.1"],
      },
      {
        id: "2003-11-10-10-q",
        date: "November 10, 2003",
        form: "10-Q",
        expectedAsOf: undefined,
        releases: ["2004-03-29"],
      },
    ]);
  });

  it("lists a filing two releases name once, as filed once a release says it was", () => {
    const filings = listFilings(
      loadReleases(path.join(fixtures, "filings")),
    ).map(summary);
    expect(filings.find(({ form }) => form === "10-Q")).toEqual({
      id: "2005-02-10-10-q",
      date: "February 10, 2005",
      form: "10-Q",
      expectedAsOf: undefined,
      releases: ["2005-03-01", "2005-01-10"],
    });
    expect(filings.find(({ form }) => form === "10-K")).toMatchObject({
      expectedAsOf: "2005-03-01",
    });
  });

  it("gives the label of the newest release that names it", () => {
    const [, , quarterly] = listFilings(
      loadReleases(path.join(fixtures, "filings")),
    );
    expect(quarterly?.basis === "named" && quarterly.label).toBe(
      "Quarterly Report on Form 10-Q",
    );
  });
});
