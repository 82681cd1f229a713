/**
 * The lines a filed or printed copy of a release adds to its text: EDGAR's
 * SGML wrapper and the tags that line up its tables, page breaks, page
 * numbers and "- more -" marks at a page's foot. They are line marks, not
 * HTML, and none is part of the release, so they are taken out before the
 * text is laid out, each a whole line matched by a pattern of its own.
 */

export type EdgarMarkKind =
  "wrapper" | "page-break" | "more" | "page-number" | "table-tag";

export type EdgarMark = { readonly kind: EdgarMarkKind; readonly line: string };

export type WithoutEdgarMarks = {
  /** The text without the marks, a paragraph that a page break split joined back. */
  readonly text: string;
  /** Each line taken out, in the order of the text. */
  readonly removed: readonly EdgarMark[];
  /** How many page breaks fell inside a paragraph, whose parts were joined back. */
  readonly joinedParagraphs: number;
  /** The exhibit number of a "<TYPE>EX-99.1" line: "99.1". */
  readonly exhibit: string | undefined;
};

/** Matched against a line without its surrounding spaces. */
const markPatterns: readonly {
  readonly kind: EdgarMarkKind;
  readonly pattern: RegExp;
}[] = [
  { kind: "wrapper", pattern: /^<\/?(?:DOCUMENT|TEXT)>$/i },
  {
    kind: "wrapper",
    pattern: /^<(?:TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[^<>]*$/i,
  },
  { kind: "page-break", pattern: /^<PAGE>\s*\d*$/i },
  // "-- more --", "- more -", "-MORE-", "(more)"
  {
    kind: "more",
    pattern: /^(?:[-\u2013\u2014]+\s*more\s*[-\u2013\u2014]+|\(\s*more\s*\))$/i,
  },
  // "- 2 -", "Page 2", "Page 2 of 3"; a bare "2" is told apart below.
  {
    kind: "page-number",
    pattern:
      /^(?:[-\u2013\u2014]\s*\d{1,3}\s*[-\u2013\u2014]|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)$/i,
  },
  { kind: "table-tag", pattern: /^<\/?(?:TABLE|CAPTION)>$/i },
  // "<S>    <C>        <C>": where EDGAR's text tables start their columns.
  { kind: "table-tag", pattern: /^<S>(?:\s*<[CF]\d*>)*$/i },
];

/**
 * A line that is only a number of one to three digits is a page number when
 * it stands apart, between blank lines or marks: within a block it may be a
 * table's, and a year has four digits.
 */
const bareNumber = /^\d{1,3}$/;
const exhibitType = /^<TYPE>\s*EX-(?<exhibit>\d+(?:\.\d+)*)\s*$/i;

/** A line that ends a sentence or introduces what follows: a page break after it falls between paragraphs. */
const endsParagraph = /[.!?:]["'\u201d\u2019)]*$/;
const startsLowerCase = /^\p{Ll}/u;
/** A gap of three spaces or more inside a line: a table's columns, as the layout tells them. */
const columnGap = /\S {3,}\S/;
/**
 * A line this long, against the text's longest prose line, was wrapped: a
 * page break after it falls inside its paragraph. A shorter one ends a
 * heading or a paragraph.
 */
const wrappedShare = 0.75;

const markKindOf = (line: string): EdgarMarkKind | undefined =>
  markPatterns.find(({ pattern }) => pattern.test(line))?.kind;

/** Each line's kind of mark, if it is one. */
function markKindsOf(
  trimmed: readonly string[],
): (EdgarMarkKind | undefined)[] {
  const kinds = trimmed.map(markKindOf);
  // A bare number apart from the text around it: blank or a mark on each side.
  const isApart = (index: number) =>
    (trimmed[index] ?? "") === "" || kinds[index] !== undefined;
  trimmed.forEach((line, index) => {
    if (
      kinds[index] === undefined &&
      bareNumber.test(line) &&
      (index === 0 || isApart(index - 1)) &&
      (index === trimmed.length - 1 || isApart(index + 1))
    )
      kinds[index] = "page-number";
  });
  return kinds;
}

/** Whether a line of prose was wrapped, against the widest line of prose in the text. */
function wrappedLines(
  lines: readonly string[],
  kinds: readonly (EdgarMarkKind | undefined)[],
): (line: string) => boolean {
  // A loop, not Math.max(...lines): a pasted text may have more lines than a call has room for arguments.
  let widestProse = 0;
  lines.forEach((line, index) => {
    if (!kinds[index] && !columnGap.test(line.trim()))
      widestProse = Math.max(widestProse, line.trimEnd().length);
  });
  return (line) => line.trimEnd().length >= widestProse * wrappedShare;
}

/** Takes the EDGAR marks out of a text, and says what it took. */
export function removeEdgarMarks(text: string): WithoutEdgarMarks {
  const lines = text.split(/\r\n?|\n/);
  const trimmed = lines.map((line) => line.trim());
  const kinds = markKindsOf(trimmed);
  const isWrapped = wrappedLines(lines, kinds);
  const isGap = (index: number) =>
    trimmed[index] === "" || kinds[index] !== undefined;

  const removed: EdgarMark[] = [];
  const kept: string[] = [];
  let joinedParagraphs = 0;
  let index = 0;
  while (index < lines.length) {
    if (!isGap(index)) {
      kept.push(lines[index] ?? "");
      index += 1;
      continue;
    }
    // A run of blank lines and marks: a gap between blocks, or a page break.
    const before = kept.at(-1);
    let marks = 0;
    const blankLines: string[] = [];
    for (; index < lines.length && isGap(index); index += 1) {
      const kind = kinds[index];
      if (kind) {
        removed.push({ kind, line: trimmed[index] ?? "" });
        marks += 1;
      } else blankLines.push(lines[index] ?? "");
    }
    const after = lines[index];
    if (marks === 0) for (const blank of blankLines) kept.push(blank);
    // At either end of the text, the run separates nothing; without a blank line, it parted no blocks.
    if (
      marks === 0 ||
      before === undefined ||
      after === undefined ||
      blankLines.length === 0
    )
      continue;
    const insideParagraph =
      startsLowerCase.test(after.trim()) ||
      (!endsParagraph.test(before.trim()) &&
        !columnGap.test(before.trim()) &&
        isWrapped(before));
    if (insideParagraph) joinedParagraphs += 1;
    else kept.push("");
  }

  const exhibit = removed
    .map(({ line }) => exhibitType.exec(line)?.groups?.exhibit)
    .find((number) => number !== undefined);
  return { text: kept.join("\n"), removed, joinedParagraphs, exhibit };
}
