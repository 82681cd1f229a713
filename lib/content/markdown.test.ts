import { describe, expect, it } from "vitest";
import {
  findAboutSection,
  findBodyProblems,
  parseMarkdown,
  renderMarkdown,
} from "./markdown";

const problemsOf = (markdown: string) =>
  findBodyProblems(parseMarkdown(markdown), markdown);

describe("renderMarkdown keeps hostile markdown inert", () => {
  it("drops <script> elements and their code", () => {
    const html = renderMarkdown(
      'Lead.\n\n<script>alert("owned")</script>\n\nAfter.',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert("owned")');
    expect(html).toContain("After.");
  });

  it("drops event-handler attributes", () => {
    const html = renderMarkdown(
      'Lead <img src="x.png" onerror="alert(1)"> text.\n\n![chart](x.png)',
    );
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toContain("alert(1)");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "javascript&#58;alert(1)",
  ])("removes the %s URL from a link but keeps its text", (url) => {
    const html = renderMarkdown(`Read [the report](${url}).`);
    expect(html.toLowerCase()).not.toContain("javascript");
    expect(html).toContain("the report");
  });
});

describe("findBodyProblems", () => {
  it.each([
    ["<script>alert(1)</script>", "raw HTML is not allowed"],
    ['Text <img src=x onerror="alert(1)"> more', "raw HTML is not allowed"],
    ["[click](javascript:alert(1))", "uses javascript:"],
    ["[click][ref]\n\n[ref]: data:text/html,hi", "uses data:"],
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
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
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

describe("wire text survives directive syntax", () => {
  it("keeps colons that remark-directive would read as directives", () => {
    const html = renderMarkdown(
      "Sonus Networks (Nasdaq:SONS) at 4:45 p.m. Eastern; see::this and Note:[x]{y}.",
    );
    expect(html).toContain(
      "(Nasdaq:SONS) at 4:45 p.m. Eastern; see::this and Note:[x]{y}.",
    );
  });

  it("keeps a line that starts with two colons", () => {
    expect(renderMarkdown("Lead.\n\n::odd line")).toContain(
      "<p>::odd line</p>",
    );
  });
});

describe("renderMarkdown structure", () => {
  const body = [
    "Lead paragraph.",
    "## Sarbanes-Oxley Update",
    "Second paragraph.",
    ":::safe-harbor\nForward-looking text.\n:::",
    ":::trademarks\nTrademark text.\n:::",
  ].join("\n\n");

  it("sets the dateline before the first paragraph and numbers paragraphs", () => {
    const html = renderMarkdown(body, {
      lead: "CHELMSFORD, Mass.--(BUSINESS WIRE)--March 3, 2005--",
      paragraphAnchors: true,
    });
    expect(html).toContain(
      '<p id="p-1"><span class="dateline">CHELMSFORD, Mass.--(BUSINESS WIRE)--March 3, 2005--</span>Lead paragraph.</p>',
    );
    expect(html).toContain(
      '<h2 id="sarbanes-oxley-update">Sarbanes-Oxley Update</h2>',
    );
    expect(html).toContain('<p id="p-2">Second paragraph.</p>');
    expect(html).toContain('<p id="p-4">Trademark text.</p>');
  });

  it("sets safe-harbor and trademark blocks apart, each with a heading", () => {
    const html = renderMarkdown(body);
    expect(html).toContain(
      '<section data-section="safe-harbor" aria-labelledby="safe-harbor-heading"><h2 id="safe-harbor-heading">Forward-looking statements</h2>',
    );
    expect(html).toContain(
      '<section data-section="trademarks" aria-labelledby="trademarks-heading"><h2 id="trademarks-heading">Trademarks</h2>',
    );
  });

  it("finds the About section up to the next block", () => {
    const tree = parseMarkdown(
      "Lead.\n\n## About Sonus Networks\n\nSonus is a provider.\n\nMore.\n\n:::safe-harbor\nFLS.\n:::",
    );
    const about = findAboutSection(tree);
    expect(about?.heading).toBe("About Sonus Networks");
    expect(about && renderMarkdown(about.tree)).toBe(
      "<p>Sonus is a provider.</p>\n<p>More.</p>",
    );
    expect(findAboutSection(parseMarkdown("Lead only."))).toBeUndefined();
  });
});
