import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../markdown";
import { releaseFrontMatterSchema } from "../schema";
import {
  bodyOpensWithLead,
  noRawHtml,
  safeLinks,
  sectionsStartAtH2,
  setApartBlocks,
} from "./body";

const frontMatter = releaseFrontMatterSchema.parse({
  headline: "Example Corp Reports Results",
  date: "2005-03-03",
  summary: "Example Corp reports results.",
  dateline: "BOSTON, Mass.",
  wire: "Business Wire",
  listing: { exchange: "Nasdaq", ticker: "EXMP" },
  contacts: [
    {
      role: "Investor Relations",
      name: "Pat Doe",
      phone: "978-589-8672",
      email: "ir@example.com",
    },
  ],
});

const problemsOf = (markdown: string) =>
  [
    bodyOpensWithLead,
    noRawHtml,
    safeLinks,
    sectionsStartAtH2,
    setApartBlocks,
  ].flatMap((rule) =>
    rule.check({
      file: "content/releases/2005-03-03-example.md",
      slugDate: "2005-03-03",
      frontMatter,
      tree: parseMarkdown(markdown),
      markdown,
      bodyFirstLine: 10,
    }),
  );

describe("the body rules", () => {
  it.each([
    ["<script>alert(1)</script>", "raw HTML is not allowed"],
    ['Text <img src=x onerror="alert(1)"> more', "raw HTML is not allowed"],
    ["[click](javascript:alert(1))", "uses javascript:"],
    ["[click][ref]\n\n[ref]: data:text/html,hi", "uses data:"],
    ["![chart](javascript:alert(1))", "uses javascript:"],
    ["![chart](data:image/svg+xml;base64,PHN2Zz4=)", "uses data:"],
    ["<javascript:alert(1)>", "uses javascript:"],
    ["[click](vbscript:msgbox(1))", "uses vbscript:"],
    ["[click](<java\tscript:alert(1)>)", "uses javascript:"],
    ["# Headline again", "the headline comes from front matter"],
    [":::disclaimer\nText\n:::", 'unknown block ":::disclaimer"'],
    [":::safe-harbor\nNever closed", "is never closed"],
    [
      ":::trademarks\nOne.\n:::\n\n:::trademarks\nTwo.\n:::",
      'a second ":::trademarks" block',
    ],
  ])("reports %j", (body, message) => {
    const problems = problemsOf(`Lead paragraph.\n\n${body}\n`);
    expect(problems.map((problem) => problem.message).join("\n")).toContain(
      message,
    );
    // The body starts on line 10 of its file, and the problem on line 3 of the body or later.
    expect(problems[0]?.field).toMatch(/^body \(line (1[2-9]|[2-9]\d)\)$/);
  });

  it("wants the body to open with the lead paragraph", () => {
    expect(
      problemsOf("## A heading first\n\nThen text.")[0]?.message,
    ).toContain("lead paragraph");
    expect(problemsOf("")[0]?.message).toBe("the body is empty");
  });

  it("accepts web, mail and telephone links and relative links", () => {
    expect(
      problemsOf(
        "Lead [a](https://example.com) [b](mailto:ir@example.com) [c](tel:+18883267098) [d](/releases).",
      ),
    ).toEqual([]);
  });
});
