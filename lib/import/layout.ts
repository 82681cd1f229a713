import { isContactHeading, isContactLine } from "./contacts";
import { type Dateline, readDateline } from "./dateline";
import {
  endsEarly,
  isListBlock,
  isListLine,
  type Paragraph,
  type ParagraphStart,
  paragraphsOf,
} from "./line-lists";
import { headerLength, type ReleaseHeader, readHeader } from "./header";

/**
 * The layout of a release as plain text: the header (exhibit line, notice,
 * headline), the dateline lead, the body's headings, paragraphs and tables,
 * and the contact blocks, before any of it is read for data.
 */

/** A line label that stands alone before what it introduces: "Replay:", "To listen via telephone:". */
const maxLabelWords = 8;
/** A section heading is one short line: "Conference Call and Webcast Information". */
const maxHeadingWords = 12;
/** Contact lines are short: "Investor Relations:", "Jocelyn Philbrook, 978-589-8672". */
const maxContactLineWords = 8;

export type WireBlock = {
  readonly kind: "heading" | "label" | "paragraph" | "table";
  /** The text with its line breaks folded into single spaces; a table's keeps its lines and columns. */
  readonly text: string;
};

export type ReleaseLayout = Omit<ReleaseHeader, "noticeLines"> & {
  readonly dateline: Dateline | undefined;
  /** The body after the dateline, in reading order; the first is the lead. */
  readonly blocks: readonly WireBlock[];
  /** The lines of the contact blocks, each block's lines apart, headings included. */
  readonly contactBlocks: readonly (readonly string[])[];
  /** Lines that are not part of the release: "FOR IMMEDIATE RELEASE", the "###" end mark, rules. */
  readonly skippedLines: readonly string[];
};

type Line = { readonly indent: number; readonly text: string };
type Block = readonly Line[];

/** A line of only marks: the "###" or "-30-" that ends a release, or a rule. */
const markLine = /^(?:[-#*=_~\s]+|-\s*30\s*-)$/;
/** "Date: Thursday, April 28, 2005": a short label, then its value on the same line. */
const labelledLine = /^[A-Z][\w-]*(?: [\w()/-]+){0,4}:\s+\S/;

const join = (lines: Block) => lines.map(({ text }) => text).join(" ");
const words = (text: string) => text.split(" ").filter(Boolean);
const isLabel = (text: string) =>
  text.endsWith(":") && words(text).length <= maxLabelWords;

function toBlocks(text: string): Line[][] {
  const blocks: Line[][] = [[]];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const expanded = raw.replace(/\t/g, "    ").trimEnd();
    const content = expanded.trimStart();
    if (content) {
      blocks
        .at(-1)
        ?.push({ indent: expanded.length - content.length, text: content });
    } else if (blocks.at(-1)?.length) blocks.push([]);
  }
  return blocks.filter((block) => block.length > 0);
}

/** Columns: at least two lines with a gap of three spaces or more inside them. */
const isTable = (block: Block) =>
  block.filter(({ text }) => /\S {3,}\S/.test(text)).length >= 2;

/** One line, no closing punctuation, and its longer words capitalised. */
function isHeading(text: string): boolean {
  const lineWords = words(text);
  return (
    lineWords.length <= maxHeadingWords &&
    !/[.,;:!?"')\]]$/.test(text) &&
    lineWords.every((word) => word.length < 4 || /^[^a-z]/.test(word))
  );
}

/**
 * A paragraph as a block of the body. A one-line paragraph that is a line of
 * a list (`listLine`) is never a heading, however it is capitalised: "San
 * Francisco, California" under a conference's name.
 */
function classify(lines: Block, listLine: boolean): WireBlock {
  const text = join(lines);
  if (isLabel(text)) return { kind: "label", text };
  if (
    !listLine &&
    lines.length === 1 &&
    isHeading(text) &&
    !labelledLine.test(text)
  )
    return { kind: "heading", text };
  return { kind: "paragraph", text };
}

/** A block laid out in columns, kept line for line with its indentation past the block's least. */
function tableBlock(block: Block): WireBlock {
  const least = Math.min(...block.map(({ indent }) => indent));
  const text = block.map(
    ({ indent, text }) => " ".repeat(indent - least) + text,
  );
  return { kind: "table", text: text.join("\n") };
}

/**
 * Where a block's paragraphs start: at an indented first line, in the wire's
 * layout; at each "Label: value" line of a block of them; after a label line
 * such as "Replay:" that ends though the next word would have fitted on it;
 * at each line of a list (a conference's name, place and day, one a line),
 * unless `mayHoldList` is false, as for the lead, whose dateline may end
 * early.
 */
function paragraphStarts(
  block: Block,
  hanging: boolean,
  base: number,
  wrap: number,
  mayHoldList: boolean,
): (ParagraphStart | undefined)[] {
  const labelled =
    block.filter(({ text }) => labelledLine.test(text)).length >= 2;
  const layoutStarts = block.map((line, index): ParagraphStart | undefined => {
    const previous = block[index - 1];
    if (!previous) return "block";
    if (hanging && line.indent > base) return "indent";
    if (labelled && labelledLine.test(line.text)) return "labelled";
    if (isLabel(previous.text) && endsEarly(previous, line, wrap))
      return "after-label";
    return undefined;
  });
  const isList = mayHoldList && isListBlock(block, layoutStarts, wrap);
  return layoutStarts.map(
    (start) => start ?? (isList ? "list-item" : undefined),
  );
}

/** The body's blocks: prose parted into paragraphs by its layout, tables as they stand. */
function bodyBlocks(blocks: readonly Block[]): WireBlock[] {
  const lines = blocks.filter((block) => !isTable(block)).flat();
  const base = Math.min(...lines.map(({ indent }) => indent));
  const wrap = Math.max(
    ...lines.map(({ indent, text }) => indent + text.length),
  );
  // The wire's layout: in some block, an indented line is followed by a less indented one.
  const hanging = blocks.some((block) =>
    block.some(
      (line, index) =>
        line.indent > base && (block[index + 1]?.indent ?? base + 1) <= base,
    ),
  );
  const body: WireBlock[] = [];
  // The paragraph before, across blocks: a list may follow a line of the block before.
  let previous: { paragraph: Paragraph<Line>; listed: boolean } | undefined;
  blocks.forEach((block, index) => {
    if (isTable(block)) {
      body.push(tableBlock(block));
      previous = undefined;
      return;
    }
    const starts = paragraphStarts(block, hanging, base, wrap, index > 0);
    for (const paragraph of paragraphsOf(block, starts)) {
      const listed = isListLine(paragraph, previous);
      body.push(classify(paragraph.lines, listed));
      previous = { paragraph, listed };
    }
  });
  return body;
}

/** A block that goes on with a contact block before it: short lines, one of them a role, "or", a number or an address. */
const continuesContacts = (block: Block) =>
  block.every(({ text }) => words(text).length <= maxContactLineWords) &&
  block.some(({ text }) => isContactLine(text));

/** Splits off the contact blocks: each headed one ("CONTACT:", "Investor Relations:") and those that go on with it. */
function separateContacts(
  blocks: readonly Block[],
  isLead: (block: Block) => boolean,
) {
  const contactBlocks: string[][] = [];
  const others: Block[] = [];
  let inContacts = false;
  for (const block of blocks) {
    inContacts =
      isContactHeading(block[0]?.text ?? "") ||
      (inContacts && !isLead(block) && continuesContacts(block));
    if (inContacts) contactBlocks.push(block.map(({ text }) => text));
    else others.push(block);
  }
  return { contactBlocks, others };
}

/**
 * Reads the layout of a release. `isDateLine` tells a line that is only a
 * date ("March 29, 2004"); it is passed in because reading dates is the
 * caller's business.
 */
export function readLayout(
  text: string,
  isDateLine: (line: string) => boolean,
): ReleaseLayout {
  const all = toBlocks(text);
  // A mark stands alone between blank lines; rules inside a table are part of it.
  const isMark = (block: Block) =>
    block.length === 1 && markLine.test(block[0]?.text ?? "");
  const skippedLines = all.filter(isMark).map(join);
  const isLead = (block: Block) =>
    readDateline(join(block), isDateLine) !== undefined;
  const { contactBlocks, others } = separateContacts(
    all.filter((block) => !isMark(block)),
    isLead,
  );
  const leadIndex = others.findIndex(isLead);
  const bodyStart =
    leadIndex === -1 ? headerLength(others, isDateLine) : leadIndex;

  const { noticeLines, ...header } = readHeader(
    others.slice(0, bodyStart),
    isDateLine,
  );

  const body = bodyBlocks(others.slice(bodyStart));
  const dateline =
    leadIndex === -1
      ? undefined
      : readDateline(body[0]?.text ?? "", isDateLine);
  if (dateline)
    body[0] = {
      kind: "paragraph",
      text: body[0]?.text.slice(dateline.restStart) ?? "",
    };
  return {
    ...header,
    dateline,
    blocks: body.filter(({ text }) => text !== ""),
    contactBlocks,
    skippedLines: [...skippedLines, ...noticeLines],
  };
}
