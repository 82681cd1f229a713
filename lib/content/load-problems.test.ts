import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentProblem } from "./errors";
import { fixtures, problemsLoading } from "@/lib/testing/content-problems";
import { loadReleases } from "./load";

describe("loadReleases names the file, the field and what is wrong", () => {
  const file = (fixture: string, name: string) =>
    `${fixtures}/${fixture}/releases/${name}`;

  it.each<[string, ContentProblem]>([
    [
      "missing-field",
      {
        file: file("missing-field", "2004-03-29-no-headline.md"),
        field: "headline",
        message: "is required (string)",
      },
    ],
    [
      "unknown-field",
      {
        file: file("unknown-field", "2004-03-29-extra-field.md"),
        field: "ceo",
        message:
          "unknown field; release front matter has headline, subheadline, date, issued, issuedZone, summary, dateline, wire, sec, listing, contacts, calls, events, figures",
      },
    ],
    [
      "impossible-date",
      {
        file: file("impossible-date", "2004-02-30-impossible.md"),
        field: "date",
        message:
          'expected a real calendar date written YYYY-MM-DD, got "2004-02-30"',
      },
    ],
    [
      "date-mismatch",
      {
        file: file("date-mismatch", "2004-03-29-wrong-date.md"),
        field: "date",
        message:
          "2004-03-30 does not match the date 2004-03-29 in the file name; rename the file or correct the date",
      },
    ],
    [
      "sec-bad-accession",
      {
        file: file("sec-bad-accession", "2004-03-29-bad-accession.md"),
        field: "sec.accession",
        message:
          'expected an SEC accession number written like 0001157523-04-002728 (ten digits, two, six), got "0001157523-4-002728"',
      },
    ],
    [
      "bad-phone",
      {
        file: file("bad-phone", "2004-03-29-bad-phone.md"),
        field: "contacts[0].phone",
        message:
          'expected a telephone number, got "555-0100" ("555-0100" is not a valid telephone number)',
      },
    ],
    [
      "not-markdown",
      {
        file: file("not-markdown", "2004-03-29-notes.txt"),
        field: "file name",
        message: "only .md files belong in content/releases",
      },
    ],
    [
      "no-front-matter",
      {
        file: file("no-front-matter", "2004-03-29-no-front-matter.md"),
        field: "front matter",
        message: "missing: a release starts with a --- front matter --- block",
      },
    ],
    [
      "empty",
      {
        file: `${fixtures}/empty/releases`,
        field: "folder",
        message: "holds no releases (*.md files)",
      },
    ],
    [
      "no-such-fixture",
      {
        file: `${fixtures}/no-such-fixture/releases`,
        field: "folder",
        message: "not found",
      },
    ],
  ])("%s", (fixture, expected) => {
    expect(problemsLoading(fixture)).toEqual([expected]);
  });

  it("yaml-syntax: says where the YAML breaks", () => {
    const [problem, ...rest] = problemsLoading("yaml-syntax");
    expect(rest).toEqual([]);
    expect(problem?.file).toBe(
      file("yaml-syntax", "2004-03-29-broken-yaml.md"),
    );
    expect(problem?.field).toBe("front matter");
    // An unquoted colon in a value: the commonest YAML slip in front matter.
    expect(problem?.message).toBe(
      "is not valid YAML at line 4: bad indentation of a mapping entry",
    );
  });

  it("duplicate-slug: names both files", () => {
    expect(problemsLoading("duplicate-slug")).toEqual([
      {
        file: file("duplicate-slug", "archive/2004-03-29-same-name.md"),
        field: "file name",
        message: `duplicate slug "2004-03-29-same-name": ${file("duplicate-slug", "2004/2004-03-29-same-name.md")} has the same name`,
      },
    ]);
  });

  it("same-release-twice: one date and headline under two file names", () => {
    expect(problemsLoading("same-release-twice")).toEqual([
      {
        file: file("same-release-twice", "2004-03-29-results.md"),
        field: "headline",
        message: `${file("same-release-twice", "2004-03-29-example-corp-reports-results.md")} already publishes a release of 2004-03-29 with this headline`,
      },
    ]);
  });

  it("bad-file-name: shows the expected form", () => {
    const [problem] = problemsLoading("bad-file-name");
    expect(problem?.field).toBe("file name");
    expect(problem?.message).toContain(
      '"Results_March.md" must be the release date then a short lower-case kebab-case headline',
    );
  });

  it.each([
    [
      "raw-html",
      "2004-03-29-raw-html.md",
      "body (line 20)",
      "raw HTML is not allowed",
    ],
    [
      "javascript-link",
      "2004-03-29-javascript-link.md",
      "body (line 18)",
      "uses javascript:",
    ],
  ])("%s: points at the line in the file", (fixture, name, field, message) => {
    const [problem, ...rest] = problemsLoading(fixture);
    expect(rest).toEqual([]);
    expect(problem?.file).toBe(file(fixture, name));
    expect(problem?.field).toBe(field);
    expect(problem?.message).toContain(message);
  });

  it("filing-forms: a filing names a form the site knows; no other event names one", () => {
    const name = file("filing-forms", "2005-03-03-filing-forms.md");
    expect(problemsLoading("filing-forms")).toEqual([
      {
        file: name,
        field: "events[0].form",
        message:
          'expected one of "10-K", "10-K/A", "10-Q", "10-Q/A", got "10-KSB"',
      },
      {
        file: name,
        field: "events[1].form",
        message:
          'is required for a filing: the form the release names, one of "10-K", "10-K/A", "10-Q", "10-Q/A"',
      },
      { file: name, field: "events[2].form", message: "unknown field" },
      {
        file: name,
        field: "events[3].kind",
        message:
          'expected one of "filing", "financial-period", "listing", "other", got "annual-report"',
      },
      {
        file: name,
        field: "events[4].kind",
        message:
          'is required: one of "filing", "financial-period", "listing", "other"',
      },
    ]);
  });

  it("reports every problem of a run in one error message", () => {
    expect(() => loadReleases(path.join(fixtures, "missing-field"))).toThrow(
      `Content has 1 problem:\n  - ${file("missing-field", "2004-03-29-no-headline.md")} › headline: is required (string)`,
    );
  });
});
