/**
 * Lists printed one item a line, which the layout keeps apart rather than
 * run together as a paragraph's wrapped lines: a conference's name, its
 * place, its day and its speaker under "…at the following investor
 * conference:".
 */

/** A line of the text as the layout reads it. */
type TextLine = { readonly indent: number; readonly text: string };

/** Why a line starts a paragraph of its block. */
export type ParagraphStart =
  | "block"
  /** An indented first line, in the wire's layout. */
  | "indent"
  /** A "Label: value" line of a block of them. */
  | "labelled"
  /** The line after a label line such as "Replay:". */
  | "after-label"
  /** A line of a block that is a list: each of its lines ended though the next one's first word would have fitted. */
  | "list-item";

/** A list has at least this many line breaks: one early break is as likely the end of a paragraph. */
const minListBreaks = 2;

export const firstWord = (line: TextLine) => line.text.split(" ")[0] ?? "";

/** Whether the line ends though the next line's first word would have fitted on it: a line break the writer chose. */
export const endsEarly = (line: TextLine, next: TextLine, wrap: number) =>
  line.indent + line.text.length + 1 + firstWord(next).length <= wrap;

/** A line that starts as a list's item does, capitalised or with a figure: "San Francisco, California", "2:30 pm". */
const startsItem = (line: TextLine) => /^["'(]?[\p{Lu}\d]/u.test(line.text);

/**
 * Whether a block is a list, from the line breaks its layout leaves inside
 * paragraphs (`layoutStarts` undefined): prose wraps mid-sentence, so that
 * some line goes on in lower case or some line is full; a list's every line
 * ends early and starts an item.
 */
export function isListBlock(
  block: readonly TextLine[],
  layoutStarts: readonly (ParagraphStart | undefined)[],
  wrap: number,
): boolean {
  const breaksInside = block.flatMap((line, index) => {
    const previous = block[index - 1];
    return previous && layoutStarts[index] === undefined
      ? [{ previous, line }]
      : [];
  });
  return (
    breaksInside.length >= minListBreaks &&
    breaksInside.every(
      ({ previous, line }) =>
        endsEarly(previous, line, wrap) && startsItem(line),
    )
  );
}

export type Paragraph<Line extends TextLine> = {
  readonly lines: Line[];
  readonly start: ParagraphStart;
};

/** A block's lines gathered into its paragraphs. */
export function paragraphsOf<Line extends TextLine>(
  block: readonly Line[],
  starts: readonly (ParagraphStart | undefined)[],
): Paragraph<Line>[] {
  const paragraphs: Paragraph<Line>[] = [];
  block.forEach((line, index) => {
    const start = starts[index];
    if (start) paragraphs.push({ lines: [], start });
    paragraphs.at(-1)?.lines.push(line);
  });
  return paragraphs;
}

/**
 * Whether a paragraph is a line of a list: one a list's line breaks part
 * off, or a one-line paragraph after a line that ends with a colon ("…at the
 * following investor conference:") or after such a list line in its block,
 * as the wire's indented layout prints a list.
 */
export function isListLine(
  { lines, start }: Paragraph<TextLine>,
  previous: { paragraph: Paragraph<TextLine>; listed: boolean } | undefined,
): boolean {
  if (lines.length !== 1) return false;
  return (
    start === "list-item" ||
    (previous !== undefined &&
      (previous.paragraph.lines.at(-1)?.text.endsWith(":") === true ||
        (previous.listed && start !== "block")))
  );
}
