import type { RootContent } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { parseMarkdown, type SetApartSection } from "@/lib/content/markdown";
import type { ImportNote } from "./notes";
import type { WireBlock } from "./wire-text";

const safeHarbor = /\bforward-looking statements?\b/i;
const trademarks = /\b(registered )?trademarks? of\b/i;
/** A heading the page's own "Forward-looking statements" heading replaces. */
const safeHarborHeading = /\b(forward-looking statements?|safe harbor)\b/i;

/** Whether the block is (part of) the forward-looking statements or the trademark notice. */
export function setApartSectionOf(
  block: WireBlock,
): SetApartSection | undefined {
  if (block.kind !== "paragraph") return undefined;
  if (safeHarbor.test(block.text)) return "safe-harbor";
  if (trademarks.test(block.text)) return "trademarks";
  return undefined;
}

const escaper = unified().use(remarkStringify);

/**
 * The block as markdown: as written when it reads back as the same text (the
 * usual case, and what a reviewer wants to see), else escaped by
 * remark-stringify. Wire text rarely holds markdown syntax, but a line that
 * starts "1." or holds "*" must not turn into a list or emphasis.
 */
function blockMarkdown(
  node: RootContent & { type: "heading" | "paragraph" },
  literal: string,
): string {
  const [parsed, ...rest] = parseMarkdown(literal).children;
  if (
    parsed?.type === node.type &&
    rest.length === 0 &&
    mdastText(parsed) === mdastText(node)
  ) {
    const strongAsWritten =
      node.children[0]?.type !== "strong" ||
      parsed.children[0]?.type === "strong";
    if (strongAsWritten) return literal;
  }
  return escaper.stringify({ type: "root", children: [node] }).trim();
}

function headingMarkdown(text: string): string {
  return blockMarkdown(
    { type: "heading", depth: 2, children: [{ type: "text", value: text }] },
    `## ${text}`,
  );
}

function paragraphMarkdown(text: string, strong: boolean): string {
  const value = { type: "text" as const, value: text };
  return blockMarkdown(
    {
      type: "paragraph",
      children: strong ? [{ type: "strong", children: [value] }] : [value],
    },
    strong ? `**${text}**` : text,
  );
}

/**
 * The body as content markdown: `##` section headings, labels such as
 * "Replay:" in bold, and the forward-looking statements and trademark notices
 * set apart in `:::safe-harbor` and `:::trademarks` blocks.
 */
export function bodyMarkdown(blocks: readonly WireBlock[]): {
  markdown: string;
  notes: ImportNote[];
} {
  const notes: ImportNote[] = [];
  const chunks: { section: SetApartSection | undefined; parts: string[] }[] =
    [];
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (
      block.kind === "heading" &&
      safeHarborHeading.test(block.text) &&
      next &&
      setApartSectionOf(next) === "safe-harbor"
    ) {
      notes.push({
        field: "body",
        message: `the heading ${JSON.stringify(block.text)} is left out: the page heads the :::safe-harbor block "Forward-looking statements"`,
      });
      return;
    }
    const last = chunks.at(-1);
    // The forward-looking statements run on until a heading or the trademark notice.
    const continuesSafeHarbor =
      block.kind !== "heading" &&
      last?.section === "safe-harbor" &&
      setApartSectionOf(block) === undefined;
    if (continuesSafeHarbor) {
      notes.push({
        field: "body",
        message: `the paragraph ${JSON.stringify(block.text)} follows the forward-looking statements and is kept in their :::safe-harbor block; check it belongs there`,
      });
    }
    const section = continuesSafeHarbor
      ? "safe-harbor"
      : setApartSectionOf(block);
    const markdown =
      block.kind === "heading"
        ? headingMarkdown(block.text)
        : paragraphMarkdown(block.text, block.kind === "label");
    if (section && last?.section === section) last.parts.push(markdown);
    else chunks.push({ section, parts: [markdown] });
  });
  const markdown = chunks
    .map(({ section, parts }) =>
      section
        ? `:::${section}\n${parts.join("\n\n")}\n:::`
        : parts.join("\n\n"),
    )
    .join("\n\n");
  return { markdown: `${markdown}\n`, notes };
}
