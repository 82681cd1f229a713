import type { Root as MdastRoot, RootContent } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
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

export function isSetApartSection(name: string): name is SetApartSection {
  return Object.hasOwn(setApartSections, name);
}

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
