import type { Root as MdastRoot } from "mdast";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./markdown";
import { findAboutSection, renderMarkdown } from "./render";

/**
 * remark-rehype already drops raw HTML, so these feed the sanitizer what does
 * reach it: URLs, titles and properties that markdown syntax or a plugin puts
 * on elements. The build refuses most of these bodies (checks/body.ts); the
 * sanitizer is the second line of defence, so it is tested on its own.
 */
describe("renderMarkdown sanitizes what markdown turns into elements", () => {
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "javascript&#58;alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,hi",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  ])("removes the %s URL from a link but keeps its text", (url) => {
    expect(renderMarkdown(`Read [the report](${url}).`)).toBe(
      "<p>Read <a>the report</a>.</p>",
    );
  });

  it.each([
    "javascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+",
  ])("removes the %s source from an image but keeps its alt text", (url) => {
    expect(renderMarkdown(`![chart](${url})`)).toBe('<p><img alt="chart"></p>');
  });

  it.each(["javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,hi"])(
    "keeps the autolink <%s> as text without its address",
    (url) => {
      expect(renderMarkdown(`Visit <${url}> now.`)).toBe(
        `<p>Visit <a>${url}</a> now.</p>`,
      );
    },
  );

  it("removes a hostile URL given by a link reference definition", () => {
    expect(
      renderMarkdown("See [the filing][sec].\n\n[sec]: javascript:alert(1)"),
    ).toBe("<p>See <a>the filing</a>.</p>");
  });

  it("removes an address of no known scheme that the build takes for relative", () => {
    expect(renderMarkdown("[x](<java\u0001script:alert(1)>)")).toBe(
      "<p><a>x</a></p>",
    );
  });

  it("keeps quotes and angle brackets of a title inside the attribute", () => {
    expect(
      renderMarkdown(
        '[x](https://example.com "a\\" onclick=\\"alert(1)") ![y](https://example.com/y.png "</p><script>alert(1)</script>")',
      ),
    ).toBe(
      '<p><a href="https://example.com" title="a&#x22; onclick=&#x22;alert(1)" data-bare-link="">x</a> <img src="https://example.com/y.png" alt="y" title="</p><script>alert(1)</script>"></p>',
    );
  });

  it("leaves no data-section on a block that is not one of ours", () => {
    expect(renderMarkdown(":::disclaimer\nText.\n:::")).toBe(
      "<section><p>Text.</p></section>",
    );
  });

  it("drops the elements and properties a plugin asks for that are not allowed, and prefixes its ids", () => {
    const tree: MdastRoot = {
      type: "root",
      children: [
        {
          type: "paragraph",
          data: {
            hProperties: {
              id: "top",
              onClick: "alert(1)",
              style: "background:url(javascript:alert(1))",
            },
          },
          children: [{ type: "text", value: "Lead." }],
        },
        {
          type: "paragraph",
          data: { hName: "script" },
          children: [{ type: "text", value: "alert(2)" }],
        },
        {
          type: "paragraph",
          data: {
            hName: "iframe",
            hProperties: { src: "https://evil.example" },
          },
          children: [{ type: "text", value: "Framed." }],
        },
      ],
    };
    expect(renderMarkdown(tree)).toBe(
      '<p id="user-content-top">Lead.</p>\n\nFramed.',
    );
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
