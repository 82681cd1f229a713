import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filingForms, loadReleases } from "@/lib/content/authoring";
import {
  SYNTHETIC_LAST_YEAR,
  writeSyntheticContent,
  type SyntheticContentOptions,
} from "./synthetic-content";

type Release = ReturnType<typeof loadReleases>[number];

/** Checking a release takes tens of milliseconds, more on a busy machine: above the default ten seconds for hooks. */
const LOADING_TIMEOUT_MS = 60_000;

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders)
    fs.rmSync(folder, { recursive: true, force: true });
});

function write(count: number, options?: SyntheticContentOptions): string {
  const folder = writeSyntheticContent(count, options);
  folders.push(folder);
  return folder;
}

/** Each release file's name and text. */
function filesIn(folder: string): Map<string, string> {
  const releases = path.join(folder, "releases");
  return new Map(
    fs
      .readdirSync(releases)
      .sort()
      .map((name) => [
        name,
        fs.readFileSync(path.join(releases, name), "utf8"),
      ]),
  );
}

/** What follows the front matter. */
const bodyOf = (file: string) => file.split(/^---$/m).slice(2).join("---");

const yearOf = ({ date }: { date: string }) => Number(date.slice(0, 4));
const monthOf = ({ date }: { date: string }) => Number(date.slice(5, 7));
const daysBetween = (from: string, to: string) =>
  (Date.parse(to) - Date.parse(from)) / 86_400_000;

function byYear(releases: readonly Release[]): Map<number, Release[]> {
  const years = new Map<number, Release[]>();
  for (const release of releases)
    years.set(yearOf(release), [
      ...(years.get(yearOf(release)) ?? []),
      release,
    ]);
  return years;
}

/** The years an archive of `count` releases at `perYear` a year covers, oldest first. */
const yearsOf = (count: number, perYear: number) =>
  Array.from(
    { length: Math.ceil(count / perYear) },
    (_, index) => SYNTHETIC_LAST_YEAR - Math.ceil(count / perYear) + 1 + index,
  );

const isResults = (release: Release) =>
  / Reports (First|Second|Third|Fourth) Quarter /.test(release.headline);
const filingsOf = (release: Release) =>
  release.events.filter(({ kind }) => kind === "filing");

type Holder = { year: number; name: string; phone: string; email: string };

/** Who held a role in each year, oldest year first: every year's releases name the same person. */
function holdersByYear(
  releases: readonly Release[],
  role: "Investor Relations" | "Media Relations",
): Holder[] {
  return [...byYear(releases)]
    .sort(([a], [b]) => a - b)
    .flatMap(([year, ofYear]) => {
      const holders = [
        ...new Map(
          ofYear
            .flatMap(({ contacts }) => contacts)
            .filter((contact) => contact.role === role)
            .map(({ name, phone, email }): [string, Holder] => {
              const holder = { year, name, phone: phone.e164, email };
              return [JSON.stringify(holder), holder];
            }),
        ).values(),
      ];
      expect(holders, `${role} in ${year}`).toHaveLength(1);
      return holders;
    });
}

/** The years in which the person in a role is not last year's. */
const changeYears = (people: readonly Holder[]) =>
  people
    .filter(
      (person, index) => index > 0 && person.name !== people[index - 1]?.name,
    )
    .map(({ year }) => year);

/** Each person's years in the role: one unbroken run, at most `longest` years long. */
function expectTurnsOfAtMost(people: readonly Holder[], longest: number) {
  const runs: Holder[][] = [];
  for (const person of people) {
    const run = runs.at(-1);
    if (run?.[0]?.name === person.name) run.push(person);
    else runs.push([person]);
  }
  expect(runs.length).toBeGreaterThan(1);
  const names = runs.map((run) => run[0]?.name);
  expect(new Set(names).size).toBe(names.length);
  for (const run of runs) expect(run.length).toBeLessThanOrEqual(longest);
  // A new person brings a new telephone number and address.
  const [first, second] = runs.map((run) => run[0]);
  expect(second?.phone).not.toBe(first?.phone);
  expect(second?.email).not.toBe(first?.email);
}

describe("40 releases at 8 a year", () => {
  const COUNT = 40;
  const PER_YEAR = 8;
  let folder: string;
  let releases: Release[];
  beforeAll(() => {
    folder = write(COUNT, { releasesPerYear: PER_YEAR });
    // Throws, listing every problem, unless every release passes every check of the build.
    releases = loadReleases(folder);
  }, LOADING_TIMEOUT_MS);

  it("pass every content check, on working days of the five years up to the last", () => {
    expect(releases).toHaveLength(COUNT);
    expect(
      Object.fromEntries(
        [...byYear(releases)].map(([year, ofYear]) => [year, ofYear.length]),
      ),
    ).toEqual(
      Object.fromEntries(
        yearsOf(COUNT, PER_YEAR).map((year) => [year, PER_YEAR]),
      ),
    );
    // Past, so that a page showing these calls never shows one as upcoming or live.
    expect(SYNTHETIC_LAST_YEAR).toBeLessThan(new Date().getUTCFullYear());
    for (const { date } of releases)
      expect([1, 2, 3, 4, 5]).toContain(
        new Date(`${date}T12:00:00Z`).getUTCDay(),
      );
  });

  it("hold four results releases a year, each with its call and telephone replay", () => {
    for (const [year, ofYear] of byYear(releases)) {
      const results = ofYear
        .filter(isResults)
        .sort((a, b) => a.date.localeCompare(b.date));
      expect(results.map(monthOf), String(year)).toEqual([
        2,
        expect.toBeOneOf([4, 5]),
        expect.toBeOneOf([7, 8]),
        expect.toBeOneOf([10, 11]),
      ]);
      // February reports the last quarter of the year before.
      expect(results.map(({ headline }) => headline)).toEqual([
        `Example Networks Reports Fourth Quarter and Fiscal Year ${year - 1} Results`,
        ...["First", "Second", "Third"].map(
          (quarter) =>
            `Example Networks Reports ${quarter} Quarter ${year} Results`,
        ),
      ]);
      for (const release of results) {
        expect(release.calls).toHaveLength(1);
        const [call] = release.calls;
        expect(call?.date).toBe(release.date);
        expect(call?.timing).toMatchObject({
          kind: "exact",
          time: expect.toBeOneOf(["16:45", "17:00"]),
          zone: "America/New_York",
        });
        expect(call?.dialIn.length).toBeGreaterThan(0);
        const telephone = call?.replays.find(
          ({ channel }) => channel === "telephone",
        );
        expect(telephone).toMatchObject({
          code: expect.stringMatching(/^\d+$/),
        });
        expect(
          daysBetween(release.date, telephone?.through ?? release.date),
        ).toBeOneOf([7, 8, 9, 10, 11, 12, 13, 14]);
      }
      for (const release of ofYear.filter((release) => !isResults(release)))
        expect(release.calls).toEqual([]);
    }
  });

  it("name a filing in one release of five: after results the coming 10-Q or 10-K", () => {
    for (const [year, ofYear] of byYear(releases)) {
      const naming = ofYear.filter((release) => filingsOf(release).length > 0);
      expect(naming, String(year)).toHaveLength(Math.round(PER_YEAR / 5));
      expect(
        naming.some(isResults) && naming.some((release) => !isResults(release)),
      ).toBe(true);
    }
    for (const release of releases) {
      for (const filing of filingsOf(release)) {
        expect(filingForms).toContain(filing.form);
        if (isResults(release)) {
          expect(filing.form).toBe(
            release.headline.includes("Fourth Quarter") ? "10-K" : "10-Q",
          );
          expect(filing.period.start > release.date).toBe(true);
          expect(filing.expected).toBe(true);
        } else expect(filing.period.start <= release.date).toBe(true);
      }
    }
  });

  it("furnish the later results releases on Form 8-K, each under its own accession number", () => {
    const results = releases
      .filter(isResults)
      .sort((a, b) => a.date.localeCompare(b.date));
    const furnished = results.filter(({ sec }) => sec !== undefined);
    const notFurnished = results.filter(({ sec }) => sec === undefined);
    expect(furnished.length).toBeGreaterThan(0);
    expect(notFurnished.length).toBeGreaterThan(0);
    expect(results).toEqual([...notFurnished, ...furnished]);
    for (const release of furnished) {
      expect(release.sec).toMatchObject({ form: "8-K", exhibit: "99.1" });
      expect(release.sec?.accession.slice(11, 13)).toBe(
        release.date.slice(2, 4),
      );
    }
    const accessions = furnished.map(({ sec }) => sec?.accession);
    expect(new Set(accessions).size).toBe(accessions.length);
    expect(
      releases.filter((release) => !isResults(release) && release.sec),
    ).toEqual([]);
  });

  it("change their contacts every few years, in different years, and name none in one release of ten", () => {
    for (const [year, ofYear] of byYear(releases))
      expect(
        ofYear.filter(({ contacts }) => contacts.length === 0),
        String(year),
      ).toHaveLength(Math.round(PER_YEAR / 10));
    for (const release of releases.filter(isResults))
      expect(release.contacts.map(({ role }) => role)).toEqual([
        "Investor Relations",
        "Media Relations",
      ]);
    const investors = holdersByYear(releases, "Investor Relations");
    const media = holdersByYear(releases, "Media Relations");
    expectTurnsOfAtMost(investors, 3);
    expectTurnsOfAtMost(media, 4);
    expect(changeYears(investors)).not.toEqual(changeYears(media));
  });

  it("read like real releases: own headlines, sections, a safe harbor, about as long", () => {
    const headlines = releases.map(({ headline }) => headline);
    expect(new Set(headlines).size).toBe(headlines.length);
    const real = [...filesIn("content").values()].map(
      (file) => bodyOf(file).length,
    );
    const realAverage =
      real.reduce((sum, length) => sum + length, 0) / real.length;
    const bodies = [...filesIn(folder).values()].map(bodyOf);
    for (const body of bodies) {
      expect(body.match(/^## /gm)?.length).toBeGreaterThanOrEqual(2);
      expect(body).toMatch(/^:::safe-harbor$/m);
      expect(body.split(/\n\n+/).length).toBeGreaterThanOrEqual(8);
      expect(body.length).toBeGreaterThan(Math.min(...real) / 2);
      expect(body.length).toBeLessThan(Math.max(...real) * 1.5);
    }
    const average =
      bodies.reduce((sum, body) => sum + body.length, 0) / bodies.length;
    expect(average / realAverage).toBeGreaterThan(0.7);
    expect(average / realAverage).toBeLessThan(1.3);
  });

  it("are written byte for byte the same by every run", () => {
    expect(filesIn(write(COUNT, { releasesPerYear: PER_YEAR }))).toEqual(
      filesIn(folder),
    );
  });
});

describe("200 releases at the default 100 a year", () => {
  const COUNT = 200;
  let releases: Release[];
  beforeAll(() => {
    releases = loadReleases(write(COUNT));
  }, LOADING_TIMEOUT_MS);

  it("pass every content check and spread over every month of two years", () => {
    expect(releases).toHaveLength(COUNT);
    const years = byYear(releases);
    expect([...years.keys()].sort((a, b) => a - b)).toEqual(
      yearsOf(COUNT, 100),
    );
    for (const [year, ofYear] of years) {
      expect(ofYear, String(year)).toHaveLength(100);
      expect(new Set(ofYear.map(monthOf)).size).toBe(12);
      expect(ofYear.filter(({ calls }) => calls.length > 0)).toHaveLength(4);
      expect(
        ofYear.filter((release) => filingsOf(release).length > 0),
      ).toHaveLength(20);
      expect(
        ofYear.filter(({ contacts }) => contacts.length === 0),
      ).toHaveLength(10);
    }
  });
});

describe("an archive whose count is no multiple of a year's", () => {
  it("is the newest part of a longer one, its oldest year cut short", () => {
    const longer = [...filesIn(write(200))];
    const shorter = [...filesIn(write(30))];
    expect(shorter).toEqual(longer.slice(-30));
    expect(
      shorter.every(([name]) => name.startsWith(String(SYNTHETIC_LAST_YEAR))),
    ).toBe(true);
  });

  it("passes every content check, as the build benchmarks need of a few releases", () => {
    expect(loadReleases(write(3))).toHaveLength(3);
  });

  it("cannot be asked for fewer releases a year than the four results", () => {
    expect(() => writeSyntheticContent(10, { releasesPerYear: 3 })).toThrow(
      RangeError,
    );
  });
});
