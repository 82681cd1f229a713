import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, loadReleases } from "@/lib/content/authoring";

const fixtures = path.resolve("lib/import/__fixtures__");
const tsx = path.resolve("node_modules/.bin/tsx");
const script = path.resolve("scripts/import.ts");
const slowProcess = { timeout: 30_000 };
/** Below the test's own timeout, so that a hung import fails its test instead of the run. */
const IMPORT_TIMEOUT_MS = 25_000;

type ImportRun = { status: number; stdout: string; stderr: string };

/** A content folder of its own for each test, so that the imports can run side by side. */
function contentFolder(dir: string) {
  const target = (name: string) => path.join(dir, "releases", name);
  return {
    dir,
    target,
    run: (...args: string[]) =>
      new Promise<ImportRun>((resolve, reject) => {
        execFile(
          tsx,
          [script, ...args],
          {
            encoding: "utf8",
            env: { ...process.env, CONTENT_DIR: dir },
            timeout: IMPORT_TIMEOUT_MS,
          },
          (error, stdout, stderr) => {
            if (!error) return resolve({ status: 0, stdout, stderr });
            // A number is the exit status; anything else is a failure to start, or the timeout's kill.
            if (typeof error.code !== "number") return reject(error);
            resolve({ status: error.code, stdout, stderr });
          },
        );
      }),
    written: () =>
      fs.existsSync(path.join(dir, "releases"))
        ? fs.readdirSync(path.join(dir, "releases"))
        : [],
    /** A text to import, in the temporary content folder but outside its releases. */
    inputFile: (contents: string | Uint8Array) => {
      const file = path.join(dir, "release.txt");
      fs.writeFileSync(file, contents);
      return file;
    },
  };
}

const test = it.extend<{ content: ReturnType<typeof contentFolder> }>({
  // Vitest reads a fixture's dependencies from its first parameter, a pattern.
  content: async ({}, provide) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-"));
    await provide(contentFolder(dir));
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

describe.concurrent("npm run import", () => {
  test(
    "exits 1 and writes nothing for a text without a date, naming --date",
    slowProcess,
    async ({ content }) => {
      const { status, stderr } = await content.run(
        path.join(fixtures, "no-date.txt"),
      );
      expect(status).toBe(1);
      expect(stderr).toContain("--date YYYY-MM-DD");
      expect(content.written()).toEqual([]);
    },
  );

  test(
    "writes the file when the date is given with --date",
    slowProcess,
    async ({ content }) => {
      const { status, stderr } = await content.run(
        path.join(fixtures, "no-date.txt"),
        "--date",
        "2005-04-20",
      );
      expect(status).toBe(0);
      expect(content.written()).toEqual([
        "2005-04-20-first-quarter-2005-results-call.md",
      ]);
      expect(stderr).toContain(
        'replace each "REVIEW:" placeholder: summary, dateline, wire, sec.accession, calls[0].title',
      );
      // The content folder had no releases folder yet: nothing to compare with, and nothing to complain of.
      expect(stderr).not.toContain("fails its own content checks");
      expect(stderr).not.toContain("Windows-1252");
    },
  );

  test(
    "never overwrites an existing file without --force, and does with it",
    slowProcess,
    async ({ content }) => {
      const fixture = path.join(fixtures, "date-plain.txt");
      expect((await content.run(fixture)).status).toBe(0);
      const file = content.target(
        "2004-03-29-first-quarter-2005-results-call.md",
      );
      fs.writeFileSync(file, "edited by a person");

      const again = await content.run(fixture);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain(
        "exists; nothing written. Pass --force to replace it.",
      );
      expect(fs.readFileSync(file, "utf8")).toBe("edited by a person");

      expect((await content.run(fixture, "--force")).status).toBe(0);
      expect(fs.readFileSync(file, "utf8")).toContain(
        "headline: Sonus Networks Schedules First Quarter 2005 Results Call",
      );
    },
  );

  test(
    "exits 1 and writes nothing when the release is already published under another name",
    slowProcess,
    async ({ content }) => {
      const fixture = path.join(fixtures, "date-plain.txt");
      expect(
        (await content.run(fixture, "--slug", "results-call")).status,
      ).toBe(0);

      const again = await content.run(fixture);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain(
        "releases/2004-03-29-results-call.md already publishes a release of 2004-03-29 with this headline",
      );
      expect(content.written()).toEqual(["2004-03-29-results-call.md"]);
    },
  );

  test(
    "exits 1 and writes nothing when a release in a sub-folder has the same slug",
    slowProcess,
    async ({ content }) => {
      const fixture = path.join(fixtures, "date-plain.txt");
      const name = "2004-03-29-first-quarter-2005-results-call.md";
      expect((await content.run(fixture)).status).toBe(0);
      fs.mkdirSync(content.target("2004"));
      fs.renameSync(content.target(name), content.target(`2004/${name}`));

      const again = await content.run(fixture, "--force");
      expect(again.status).toBe(1);
      expect(again.stderr).toContain(
        `duplicate slug "2004-03-29-first-quarter-2005-results-call"`,
      );
      expect(content.written()).toEqual(["2004"]);
    },
  );

  test(
    "names a published file it cannot compare with, and still writes the import",
    slowProcess,
    async ({ content }) => {
      fs.mkdirSync(content.target(""), { recursive: true });
      fs.writeFileSync(
        content.target("2004-03-01-broken.md"),
        "no front matter",
      );
      const { status, stderr } = await content.run(
        path.join(fixtures, "date-plain.txt"),
      );
      expect(status).toBe(0);
      expect(stderr).toContain(
        "releases/2004-03-01-broken.md: fails its own content checks (npm run build lists them), so the import was not compared with it",
      );
      expect(content.written()).toEqual([
        "2004-03-01-broken.md",
        "2004-03-29-first-quarter-2005-results-call.md",
      ]);
    },
  );

  test(
    "prints the file and writes nothing with --dry-run",
    slowProcess,
    async ({ content }) => {
      const { status, stdout } = await content.run(
        path.join(fixtures, "date-plain.txt"),
        "--dry-run",
      );
      expect(status).toBe(0);
      expect(stdout).toMatch(
        /^---\nheadline: Sonus Networks Schedules First Quarter 2005 Results Call\n/,
      );
      expect(content.written()).toEqual([]);
    },
  );

  test(
    "exits 1 and writes nothing when the import fails the content checks",
    slowProcess,
    async ({ content }) => {
      const { status, stderr } = await content.run(
        path.join(fixtures, "fails-checks.txt"),
      );
      expect(status).toBe(1);
      expect(stderr).toContain(
        "the body gives the number 978-614-8100, which is in no call's dial-in or replay numbers",
      );
      expect(content.written()).toEqual([]);
    },
  );

  test.for<string[]>([
    [],
    ["a.txt", "b.txt"],
    [path.join(fixtures, "date-plain.txt"), "--date", "2004-02-30"],
    [path.join(fixtures, "date-plain.txt"), "--slug", "Not A Slug"],
    [path.join(fixtures, "date-plain.txt"), "--overwrite"],
  ])(
    "exits 2 with the usage for bad arguments %j",
    slowProcess,
    async (args, { content }) => {
      const { status, stderr } = await content.run(...args);
      expect(status).toBe(2);
      expect(stderr).toContain("usage: npm run import -- <release.txt>");
      expect(content.written()).toEqual([]);
    },
  );

  type Folder = ReturnType<typeof contentFolder>;
  test.for<[string, (content: Folder) => string, string]>([
    [
      "a missing file",
      (content) => path.join(content.dir, "missing.txt"),
      "no such file",
    ],
    [
      "a directory",
      (content) => {
        const directory = path.join(content.dir, "release.txt");
        fs.mkdirSync(directory);
        return directory;
      },
      "is a directory, not a text file",
    ],
    ["a device", () => "/dev/null", "is not a regular file"],
    ["an empty file", (content) => content.inputFile(""), "is empty"],
    [
      "a file of blank lines",
      (content) => content.inputFile("\n  \n\t\n"),
      "is empty",
    ],
    [
      "a PNG image",
      // The PNG signature, then the length and type of its first chunk.
      (content) =>
        content.inputFile(
          Buffer.from([
            0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00,
            0x0d, 0x49, 0x48, 0x44, 0x52,
          ]),
        ),
      "is not a text file (it holds binary data)",
    ],
  ])(
    "exits 2 and writes nothing for %s, saying so in one line",
    slowProcess,
    async ([, fileToImport, problem], { content }) => {
      const file = fileToImport(content);
      const { status, stderr } = await content.run(file);
      expect(status).toBe(2);
      expect(stderr).toBe(`${file}: ${problem}\n`);
      expect(content.written()).toEqual([]);
    },
  );

  test(
    "imports a Windows-1252 text with its accented letters and symbols, and says it read it so",
    slowProcess,
    async ({ content }) => {
      const text = fs
        .readFileSync(path.join(fixtures, "phone-dashed.txt"), "utf8")
        .replace("Results Call", "Results Call in Montréal")
        .replace(
          "quarter results.",
          "quarter results and its GSX9000® switch.",
        );
      // Latin-1 writes é and ® as the bytes Windows-1252 has for them.
      const bytes = Buffer.from(text, "latin1");
      expect([...bytes].filter((byte) => byte > 0x7f)).toEqual([0xe9, 0xae]);
      const file = content.inputFile(bytes);

      const { status, stderr } = await content.run(file);
      expect(status).toBe(0);
      expect(stderr).toContain(
        `${file}: not UTF-8, so read as Windows-1252; check its accented letters, quotes and symbols\n`,
      );
      // The slug keeps "é" as the letter without its accent.
      const name = "2005-04-20-first-quarter-2005-results-call-in-montreal.md";
      expect(content.written()).toEqual([name]);
      const markdown = fs.readFileSync(content.target(name), "utf8");
      expect(markdown).toContain(
        "\nheadline: Sonus Networks Schedules First Quarter 2005 Results Call in Montréal\n",
      );
      expect(markdown).toContain(
        "to discuss its first quarter results and its GSX9000® switch.",
      );
    },
  );

  test(
    "writes a file the build refuses until each placeholder is written",
    slowProcess,
    async ({ content }) => {
      expect(
        (await content.run(path.join(fixtures, "date-plain.txt"))).status,
      ).toBe(0);
      let problems: ContentError["problems"] = [];
      try {
        loadReleases(content.dir);
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

      const file = content.target(
        "2004-03-29-first-quarter-2005-results-call.md",
      );
      const reviewed = fs
        .readFileSync(file, "utf8")
        .replace(
          /summary: .*/,
          "summary: Sonus Networks will discuss its first quarter results on a call.",
        )
        .replace(/title: .*/, "title: First quarter 2005 results call")
        .replace(/accession: .*/, "accession: 0001157523-05-002189");
      fs.writeFileSync(file, reviewed);
      expect(loadReleases(content.dir).map(({ slug }) => slug)).toEqual([
        "2004-03-29-first-quarter-2005-results-call",
      ]);
    },
  );
});
