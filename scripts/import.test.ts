import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ContentError, loadReleases } from "@/lib/content/authoring";
import { notAReleaseFixtures } from "@/lib/testing/import-fixtures";
import { runImport as importCommand } from "./run-import";

const fixtures = path.resolve("lib/import/__fixtures__");

let contentDir: string;
beforeEach(() => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "import-"));
});
afterEach(() => {
  fs.rmSync(contentDir, { recursive: true, force: true });
});

/** `npm run import -- ...args` into this test's content folder, run in this process. */
function runImport(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const status = importCommand(args, {
    env: { CONTENT_DIR: contentDir },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, stdout, stderr };
}

const written = () =>
  fs.existsSync(path.join(contentDir, "releases"))
    ? fs.readdirSync(path.join(contentDir, "releases"))
    : [];
const target = (name: string) => path.join(contentDir, "releases", name);

/** A text to import, in the temporary content folder but outside its releases. */
function inputFile(contents: string | Uint8Array) {
  const file = path.join(contentDir, "release.txt");
  fs.writeFileSync(file, contents);
  return file;
}

describe("npm run import", () => {
  it("exits 1 and writes nothing for a text without a date, naming --date", () => {
    const { status, stderr } = runImport(path.join(fixtures, "no-date.txt"));
    expect(status).toBe(1);
    expect(stderr).toContain("--date YYYY-MM-DD");
    expect(written()).toEqual([]);
  });

  it("writes the file when the date is given with --date", () => {
    const { status, stderr } = runImport(
      path.join(fixtures, "no-date.txt"),
      "--date",
      "2005-04-20",
    );
    expect(status).toBe(0);
    expect(written()).toEqual([
      "2005-04-20-first-quarter-2005-results-call.md",
    ]);
    expect(stderr).toContain(
      'replace each "REVIEW:" placeholder: summary, dateline, wire, sec.accession, calls[0].title',
    );
    // The content folder had no releases folder yet: nothing to compare with, and nothing to complain of.
    expect(stderr).not.toContain("fails its own content checks");
    expect(stderr).not.toContain("Windows-1252");
  });

  it("never overwrites an existing file without --force, and does with it", () => {
    const fixture = path.join(fixtures, "date-plain.txt");
    expect(runImport(fixture).status).toBe(0);
    const file = target("2004-03-29-first-quarter-2005-results-call.md");
    fs.writeFileSync(file, "edited by a person");

    const again = runImport(fixture);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      "exists; nothing written. Pass --force to replace it.",
    );
    expect(fs.readFileSync(file, "utf8")).toBe("edited by a person");

    expect(runImport(fixture, "--force").status).toBe(0);
    expect(fs.readFileSync(file, "utf8")).toContain(
      "headline: Sonus Networks Schedules First Quarter 2005 Results Call",
    );
  });

  it("exits 1 and writes nothing when the release is already published under another name", () => {
    const fixture = path.join(fixtures, "date-plain.txt");
    expect(runImport(fixture, "--slug", "results-call").status).toBe(0);

    const again = runImport(fixture);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      "releases/2004-03-29-results-call.md already publishes a release of 2004-03-29 with this headline",
    );
    expect(written()).toEqual(["2004-03-29-results-call.md"]);
  });

  it("exits 1 and writes nothing when a release in a sub-folder has the same slug", () => {
    const fixture = path.join(fixtures, "date-plain.txt");
    const name = "2004-03-29-first-quarter-2005-results-call.md";
    expect(runImport(fixture).status).toBe(0);
    fs.mkdirSync(target("2004"));
    fs.renameSync(target(name), target(`2004/${name}`));

    const again = runImport(fixture, "--force");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      `duplicate slug "2004-03-29-first-quarter-2005-results-call"`,
    );
    expect(written()).toEqual(["2004"]);
  });

  it("names a published file it cannot compare with, and still writes the import", () => {
    fs.mkdirSync(target(""), { recursive: true });
    fs.writeFileSync(target("2004-03-01-broken.md"), "no front matter");
    const { status, stderr } = runImport(path.join(fixtures, "date-plain.txt"));
    expect(status).toBe(0);
    expect(stderr).toContain(
      "releases/2004-03-01-broken.md: fails its own content checks (npm run build lists them), so the import was not compared with it",
    );
    expect(written()).toEqual([
      "2004-03-01-broken.md",
      "2004-03-29-first-quarter-2005-results-call.md",
    ]);
  });

  it("prints the file and writes nothing with --dry-run", () => {
    const { status, stdout } = runImport(
      path.join(fixtures, "date-plain.txt"),
      "--dry-run",
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^---\nheadline: Sonus Networks Schedules First Quarter 2005 Results Call\n/,
    );
    expect(written()).toEqual([]);
  });

  it("exits 1 and writes nothing when the import fails the content checks", () => {
    const { status, stderr } = runImport(
      path.join(fixtures, "fails-checks.txt"),
    );
    expect(status).toBe(1);
    expect(stderr).toContain(
      "the body gives the number 978-614-8100, which is in no call's dial-in or replay numbers",
    );
    expect(written()).toEqual([]);
  });

  it("exits 1 and writes nothing for a dateline without its year, naming what it prints and --date", () => {
    const { status, stderr } = runImport(
      path.join(fixtures, "dateline-pr-newswire-without-year.txt"),
    );
    expect(status).toBe(1);
    expect(stderr).toContain(
      'date: the dateline prints "Mar. 3" without a year, which is not guessed; give the release date with --date YYYY-MM-DD\n',
    );
    expect(written()).toEqual([]);
  });

  it("writes the file for a dateline without its year with --date, city and wire read from the dateline", () => {
    const { status, stderr } = runImport(
      path.join(fixtures, "dateline-pr-newswire-without-year.txt"),
      "--date",
      "2006-03-03",
    );
    expect(status).toBe(0);
    const name =
      "2006-03-03-ships-session-controller-to-three-regional-carriers.md";
    expect(written()).toEqual([name]);
    const markdown = fs.readFileSync(target(name), "utf8");
    expect(markdown).toContain(
      "\ndateline: WESTFORD, Mass.\nwire: PR Newswire\n",
    );
    expect(stderr).toContain('replace each "REVIEW:" placeholder: summary.');
  });

  it("writes an EDGAR copy without its marks, listing each kind it left out", () => {
    const { status, stderr } = runImport(
      path.join(fixtures, "edgar-exhibit-page-marks.txt"),
    );
    expect(status).toBe(0);
    const name = "2006-01-09-names-priya-raman-chief-financial-officer.md";
    expect(written()).toEqual([name]);
    expect(fs.readFileSync(target(name), "utf8")).not.toContain("<");
    expect(stderr).toContain(
      '  body: left out 3 EDGAR page breaks ("<PAGE>", "<PAGE> 3"): not part of the release\n',
    );
    expect(stderr).toContain(
      '  sec.exhibit: 99.1, read from EDGAR\'s "<TYPE>EX-99.1" line',
    );
  });

  it.each(notAReleaseFixtures)(
    "exits 1 and writes nothing for %s, saying in one line what it looks like and how to import it anyway",
    (fixture, looksLike) => {
      const file = path.join(fixtures, fixture);
      const { status, stderr } = runImport(file, "--date", "2006-10-19");
      expect(status).toBe(1);
      expect(stderr).toBe(
        `${file}: this text looks like ${looksLike}, not a press release; nothing written. Import it anyway with --as-release\n`,
      );
      expect(written()).toEqual([]);
    },
  );

  it("imports a text that looks like no press release with --as-release", () => {
    const { status } = runImport(
      path.join(fixtures, "not-a-release-call-transcript.txt"),
      "--date",
      "2006-10-19",
      "--as-release",
    );
    expect(status).toBe(0);
    expect(written()).toHaveLength(1);
  });

  it.each([
    [[]],
    [["a.txt", "b.txt"]],
    [[path.join(fixtures, "date-plain.txt"), "--date", "2004-02-30"]],
    [[path.join(fixtures, "date-plain.txt"), "--slug", "Not A Slug"]],
    [[path.join(fixtures, "date-plain.txt"), "--overwrite"]],
  ])("exits 2 with the usage for bad arguments %j", (args) => {
    const { status, stderr } = runImport(...args);
    expect(status).toBe(2);
    expect(stderr).toContain("usage: npm run import -- <release.txt>");
    expect(stderr).toContain("[--as-release]");
    expect(written()).toEqual([]);
  });

  it.each<[string, () => string, string]>([
    [
      "a missing file",
      () => path.join(contentDir, "missing.txt"),
      "no such file",
    ],
    [
      "a directory",
      () => {
        const directory = path.join(contentDir, "release.txt");
        fs.mkdirSync(directory);
        return directory;
      },
      "is a directory, not a text file",
    ],
    ["a device", () => "/dev/null", "is not a regular file"],
    ["an empty file", () => inputFile(""), "is empty"],
    ["a file of blank lines", () => inputFile("\n  \n\t\n"), "is empty"],
    [
      "a PNG image",
      // The PNG signature, then the length and type of its first chunk.
      () =>
        inputFile(
          Buffer.from([
            0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00,
            0x0d, 0x49, 0x48, 0x44, 0x52,
          ]),
        ),
      "is not a text file (it holds binary data)",
    ],
  ])(
    "exits 2 and writes nothing for %s, saying so in one line",
    (_, fileToImport, problem) => {
      const file = fileToImport();
      const { status, stderr } = runImport(file);
      expect(status).toBe(2);
      expect(stderr).toBe(`${file}: ${problem}\n`);
      expect(written()).toEqual([]);
    },
  );

  it("imports a Windows-1252 text with its accented letters and symbols, and says it read it so", () => {
    const text = fs
      .readFileSync(path.join(fixtures, "phone-dashed.txt"), "utf8")
      .replace("Results Call", "Results Call in Montréal")
      .replace("quarter results.", "quarter results and its GSX9000® switch.");
    // Latin-1 writes é and ® as the bytes Windows-1252 has for them.
    const bytes = Buffer.from(text, "latin1");
    expect([...bytes].filter((byte) => byte > 0x7f)).toEqual([0xe9, 0xae]);
    const file = inputFile(bytes);

    const { status, stderr } = runImport(file);
    expect(status).toBe(0);
    expect(stderr).toContain(
      `${file}: not UTF-8, so read as Windows-1252; check its accented letters, quotes and symbols\n`,
    );
    // The slug keeps "é" as the letter without its accent.
    const name = "2005-04-20-first-quarter-2005-results-call-in-montreal.md";
    expect(written()).toEqual([name]);
    const markdown = fs.readFileSync(target(name), "utf8");
    expect(markdown).toContain(
      "\nheadline: Sonus Networks Schedules First Quarter 2005 Results Call in Montréal\n",
    );
    expect(markdown).toContain(
      "to discuss its first quarter results and its GSX9000® switch.",
    );
  });

  it("writes a file the build refuses until each placeholder is written", () => {
    expect(runImport(path.join(fixtures, "date-plain.txt")).status).toBe(0);
    let problems: ContentError["problems"] = [];
    try {
      loadReleases(contentDir);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems = error.problems;
    }
    expect(problems.map(({ field }) => field)).toEqual([
      "summary",
      "sec.accession",
      "calls[0].title",
    ]);
    expect(problems[0]?.message).toContain(
      'is still the import placeholder "REVIEW: one sentence',
    );

    const file = target("2004-03-29-first-quarter-2005-results-call.md");
    const reviewed = fs
      .readFileSync(file, "utf8")
      .replace(
        /summary: .*/,
        "summary: Sonus Networks will discuss its first quarter results on a call.",
      )
      .replace(/title: .*/, "title: First quarter 2005 results call")
      .replace(/accession: .*/, "accession: 0001157523-05-002189");
    fs.writeFileSync(file, reviewed);
    expect(loadReleases(contentDir).map(({ slug }) => slug)).toEqual([
      "2004-03-29-first-quarter-2005-results-call",
    ]);
  });
});

describe("scripts/import.ts", () => {
  it(
    "runs the import with the command's arguments and CONTENT_DIR, printing its messages and exiting with its status",
    // Starting tsx takes a second or more, several on a busy machine.
    { timeout: 30_000 },
    () => {
      const fixture = path.join(fixtures, "date-plain.txt");
      expect(runImport(fixture).status).toBe(0);
      const file = target("2004-03-29-first-quarter-2005-results-call.md");

      const run = spawnSync(
        path.resolve("node_modules/.bin/tsx"),
        [path.resolve("scripts/import.ts"), fixture],
        {
          encoding: "utf8",
          env: { ...process.env, CONTENT_DIR: contentDir },
          // A synchronous child blocks the test's own timeout: bound it below that, so a hung import fails this test instead of the run.
          timeout: 25_000,
        },
      );
      if (run.error) throw run.error;
      expect(run.stderr).toBe(
        `${path.relative(process.cwd(), file)} exists; nothing written. Pass --force to replace it.\n`,
      );
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
    },
  );
});
