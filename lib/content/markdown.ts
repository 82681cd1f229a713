import type { Element, Root as HastRoot } from "hast";
import type { Root as MdastRoot, RootContent } from "mdast";
import { toString as hastText } from "hast-util-to-string";
import { toString as mdastText } from "mdast-util-to-string";
import rehypeSanitize, {
  defaultSchema,
  type Options as SanitizeSchema,
} from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type Plugin } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";

/**
 * Blocks a release sets apart from its news, written `:::safe-harbor … :::`,
 * with the heading the page gives each.
 */
export const setApartSections = {
  "safe-harbor": "Forward-looking statements",
  trademarks: "Trademarks",
} as const;

export type SetApartSection = keyof typeof setApartSections;

function isSetApartSection(name: string): name is SetApartSection {
  return Object.hasOwn(setApartSections, name);
}

const allowedUrlProtocols = new Set(["http:", "https:", "mailto:", "tel:"]);

/**
 * Only `:::container` directives are ours. Wire text is full of colons
 * ("Nasdaq:SONS", "4:45 p.m.") that remark-directive reads as `:text` and
 * `::leaf` directives; those go back to being the exact characters written.
 */
const remarkLiteralDirectives: Plugin<[], MdastRoot> = function () {
  return (tree, file) => {
    const source = String(file.value);
    const literal = (node: RootContent): string => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) {
        throw new Error(
          "remark-directive produced a directive without a source position",
        );
      }
      return source.slice(start, end);
    };
    visit(tree, "textDirective", (node, index, parent) => {
      if (parent && index !== undefined) {
        parent.children[index] = {
          type: "text",
          value: literal(node),
          position: node.position,
        };
      }
    });
    visit(tree, "leafDirective", (node, index, parent) => {
      if (parent && index !== undefined) {
        parent.children[index] = {
          type: "paragraph",
          children: [{ type: "text", value: literal(node) }],
          position: node.position,
        };
      }
    });
  };
};

const markdownParser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkLiteralDirectives);

/** Parses a release body into a markdown syntax tree. */
export function parseMarkdown(markdown: string): MdastRoot {
  const file = new VFile(markdown);
  return markdownParser.runSync(markdownParser.parse(file), file);
}

/** Something in a body that must not be published, with its line in the body. */
export type BodyProblem = {
  readonly line: number | undefined;
  readonly message: string;
};

function urlProblem(url: string): string | undefined {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return undefined; // a relative URL: resolved against the page, it keeps the page's own http(s) scheme
  }
  return allowedUrlProtocols.has(protocol)
    ? undefined
    : `link to ${JSON.stringify(url)} uses ${protocol} – only ${[...allowedUrlProtocols].join(" ")} links are allowed`;
}

/** What in a parsed body would be dropped, broken or unsafe on the page. */
export function findBodyProblems(
  tree: MdastRoot,
  markdown: string,
): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const report = (
    node: { position?: { start: { line: number } } },
    message: string,
  ) => problems.push({ line: node.position?.start.line, message });

  if (tree.children.length === 0) {
    problems.push({ line: undefined, message: "the body is empty" });
  } else if (tree.children[0]?.type !== "paragraph") {
    report(
      tree.children[0] ?? {},
      "the body must open with the lead paragraph that follows the dateline",
    );
  }
  const seenBlocks = new Set<string>();
  visit(tree, (node) => {
    switch (node.type) {
      case "html":
        report(
          node,
          `raw HTML is not allowed (${JSON.stringify(node.value.slice(0, 60))}); write markdown instead`,
        );
        break;
      case "link":
      case "image":
      case "definition": {
        const problem = urlProblem(node.url);
        if (problem) report(node, problem);
        break;
      }
      case "heading":
        if (node.depth === 1) {
          report(
            node,
            `"# ${mdastText(node)}": the headline comes from front matter; sections start at ##`,
          );
        }
        break;
      case "containerDirective": {
        if (seenBlocks.has(node.name)) {
          report(
            node,
            `a second ":::${node.name}" block; a release has at most one`,
          );
        }
        seenBlocks.add(node.name);
        if (!isSetApartSection(node.name)) {
          report(
            node,
            `unknown block ":::${node.name}"; known blocks are ${Object.keys(
              setApartSections,
            )
              .map((name) => `:::${name}`)
              .join(", ")}`,
          );
        }
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? markdown.length;
        if (!markdown.slice(start, end).trimEnd().endsWith(":::")) {
          report(
            node,
            `block ":::${node.name}" is never closed with a ":::" line`,
          );
        }
        break;
      }
    }
  });
  return problems;
}

/** Marks set-apart blocks so that they survive sanitising as `<section data-section>`. */
function remarkSetApartSections() {
  return (tree: MdastRoot) => {
    visit(tree, "containerDirective", (node) => {
      node.data = { hName: "section", hProperties: { dataSection: node.name } };
    });
  };
}

const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "section"],
  attributes: {
    ...defaultSchema.attributes,
    section: [["dataSection", ...Object.keys(setApartSections)]],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: [...(defaultSchema.protocols?.href ?? []), "tel"],
  },
};

/** Gives each set-apart block a heading that names it, for readers and the outline. */
function rehypeSetApartHeadings() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node) => {
      const name = node.properties.dataSection;
      if (
        node.tagName !== "section" ||
        typeof name !== "string" ||
        !isSetApartSection(name)
      )
        return;
      const headingId = `${name}-heading`;
      node.properties.ariaLabelledBy = [headingId];
      node.children.unshift({
        type: "element",
        tagName: "h2",
        properties: { id: headingId },
        children: [{ type: "text", value: setApartSections[name] }],
      });
    });
  };
}

/** A paragraph of a rendered body: its anchor and its text (without the dateline). */
export type Paragraph = { readonly id: string; readonly text: string };

declare module "vfile" {
  interface DataMap {
    paragraphs: Paragraph[];
  }
}

/** Numbers paragraphs in reading order (p-1, p-2, …) so links can point at one. */
function rehypeParagraphAnchors(options: { enabled: boolean }) {
  return (tree: HastRoot, file: VFile) => {
    if (!options.enabled) return;
    const paragraphs: Paragraph[] = [];
    visit(tree, "element", (node) => {
      if (node.tagName !== "p") return;
      const id = `p-${paragraphs.length + 1}`;
      node.properties.id = id;
      paragraphs.push({ id, text: hastText(node) });
    });
    file.data.paragraphs = paragraphs;
  };
}

/**
 * Marks links whose text is their own address ("www.sonusnet.com"), so that
 * print, which spells out link addresses, does not print them twice.
 */
function rehypeMarkBareLinks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node) => {
      const href = node.properties.href;
      if (
        node.tagName === "a" &&
        typeof href === "string" &&
        href.includes(hastText(node))
      ) {
        node.properties.dataBareLink = "";
      }
    });
  };
}

/** Sets the wire dateline in front of the first paragraph, as the wire prints it. */
function rehypeLead(options: { text: string | undefined }) {
  return (tree: HastRoot) => {
    if (options.text === undefined) return;
    const first = tree.children.find(
      (node): node is Element =>
        node.type === "element" && node.tagName === "p",
    );
    first?.children.unshift({
      type: "element",
      tagName: "span",
      properties: { className: ["dateline"] },
      children: [{ type: "text", value: options.text }],
    });
  };
}

export type RenderOptions = {
  /** Text set at the start of the first paragraph: the wire dateline. */
  readonly lead?: string;
  /** Give every paragraph a stable id (p-1, p-2, …). */
  readonly paragraphAnchors?: boolean;
};

/**
 * Markdown to HTML that is safe to publish: whatever the markdown holds, no
 * script, event handler or `javascript:` URL reaches the page.
 */
export function renderMarkdownDocument(
  markdown: string | MdastRoot,
  options: RenderOptions = {},
): { html: string; paragraphs: Paragraph[] } {
  const tree =
    typeof markdown === "string" ? parseMarkdown(markdown) : markdown;
  const processor = unified()
    .use(remarkSetApartSections)
    .use(remarkRehype)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeSlug)
    .use(rehypeSetApartHeadings)
    .use(rehypeMarkBareLinks)
    .use(rehypeParagraphAnchors, { enabled: options.paragraphAnchors ?? false })
    .use(rehypeLead, { text: options.lead })
    .use(rehypeStringify);
  const file = new VFile();
  const html = processor.stringify(
    processor.runSync(structuredClone(tree), file),
    file,
  );
  return { html, paragraphs: file.data.paragraphs ?? [] };
}

/** Markdown to sanitised HTML; see renderMarkdownDocument. */
export function renderMarkdown(
  markdown: string | MdastRoot,
  options: RenderOptions = {},
): string {
  return renderMarkdownDocument(markdown, options).html;
}

/** The "About <company>" section: its heading and the blocks under it, up to the next section. */
export function findAboutSection(
  tree: MdastRoot,
): { heading: string; tree: MdastRoot } | undefined {
  const start = tree.children.findIndex(
    (node) =>
      node.type === "heading" &&
      node.depth === 2 &&
      mdastText(node).startsWith("About "),
  );
  const heading = tree.children[start];
  if (start === -1 || !heading) return undefined;
  const rest = tree.children.slice(start + 1);
  const end = rest.findIndex(
    (node) => node.type === "heading" || node.type === "containerDirective",
  );
  return {
    heading: mdastText(heading),
    tree: { type: "root", children: end === -1 ? rest : rest.slice(0, end) },
  };
}
