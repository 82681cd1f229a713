import type { Element, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import { toString as hastText } from "hast-util-to-string";
import { toString as mdastText } from "mdast-util-to-string";
import rehypeSanitize, {
  defaultSchema,
  type Options as SanitizeSchema,
} from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import { isSetApartSection, parseMarkdown, setApartSections } from "./markdown";

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
