import type { RootContent } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { parseMarkdown, type SetApartSection } from "@/lib/content/authoring";
import type { ImportNote } from "./notes";
import { setApartSectionOf } from "./notices";
import type { WireBlock } from "./layout";

/** A heading the page's own "Forward-looking statements" heading replaces. */
const safeHarborHeading = /\b(forward-looking statements?|safe harbor)\b/i;

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

/** A table as the wire laid it out: monospaced lines, fenced so nothing in it reads as markdown. */
function tableMarkdown(text: string): string {
  return escaper
    .stringify({ type: "root", children: [{ type: "code", value: text }] })
    .trim();
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
 * Whether another legal notice comes before the next heading: a paragraph
 * between the forward-looking statements and it ("Risk factors include …")
 * belongs to them; one with nothing of the kind after it is the body's own.
 */
function noticeFollows(blocks: readonly WireBlock[]): boolean {
  const nextHeading = blocks.findIndex(({ kind }) => kind === "heading");
  return blocks
    .slice(0, nextHeading === -1 ? blocks.length : nextHeading)
    .some((block) => setApartSectionOf(block) !== undefined);
}

/** A heading over the forward-looking statements, which the page heads itself. */
const headsSafeHarbor = (block: WireBlock, next: WireBlock | undefined) =>
  block.kind === "heading" &&
  safeHarborHeading.test(block.text) &&
  next !== undefined &&
  setApartSectionOf(next) === "safe-harbor";

/**
 * The body as content markdown: `##` section headings, labels such as
 * "Replay:" in bold, and the forward-looking statements and trademark notices
 * set apart in `:::safe-harbor` and `:::trademarks` blocks.
 */
export function bodyMarkdown(blocks: readonly WireBlock[]): {
  markdown: string;
  notes: ImportNote[];
  /** The blocks set apart as legal notices: what they date or quote is boilerplate, not news. */
  setApartBlocks: ReadonlySet<number>;
} {
  const notes: ImportNote[] = [];
  const setApartBlocks = new Set<number>();
  const chunks: { section: SetApartSection | undefined; parts: string[] }[] =
    [];
  blocks.forEach((block, index) => {
    if (headsSafeHarbor(block, blocks[index + 1])) {
      notes.push({
        field: "body",
        message: `the heading ${JSON.stringify(block.text)} is left out: the page heads the :::safe-harbor block "Forward-looking statements"`,
      });
      return;
    }
    const last = chunks.at(-1);
    const continuesSafeHarbor =
      (block.kind === "paragraph" || block.kind === "label") &&
      last?.section === "safe-harbor" &&
      setApartSectionOf(block) === undefined &&
      noticeFollows(blocks.slice(index + 1));
    if (continuesSafeHarbor) {
      notes.push({
        field: "body",
        message: `the paragraph ${JSON.stringify(block.text)} follows the forward-looking statements and is kept in their :::safe-harbor block; check it belongs there`,
      });
    }
    const section = continuesSafeHarbor
      ? "safe-harbor"
      : setApartSectionOf(block);
    if (section) setApartBlocks.add(index);
    if (block.kind === "table") {
      notes.push({
        field: "body",
        message: `a table starting ${JSON.stringify(block.text.split("\n")[0]?.trim())} is kept as printed, in a preformatted block; set it as a markdown table if you want its columns read as such`,
      });
    }
    const markdown =
      block.kind === "heading"
        ? headingMarkdown(block.text)
        : block.kind === "table"
          ? tableMarkdown(block.text)
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
  return { markdown: `${markdown}\n`, notes, setApartBlocks };
}
