import { isContactLine } from "./contacts";

/**
 * The layout of a wire-service release as plain text: the exhibit line, the
 * headline, the dateline lead, the body's headings and paragraphs, and the
 * CONTACT block, before any of it is read for data.
 */

/** A line label that stands alone before what it introduces: "Replay:", "To listen via telephone:". */
const maxLabelWords = 8;
/** A section heading is one short line: "Conference Call and Webcast Information". */
const maxHeadingWords = 12;
/** Contact lines are short: "Investor Relations:", "Jocelyn Philbrook, 978-589-8672". */
const maxContactLineWords = 8;
/** A dateline's city: "CHELMSFORD, Mass.", "SANTA CLARA, Calif.". */
const maxCityWords = 5;

export type WireBlock = {
  readonly kind: "heading" | "label" | "paragraph" | "table";
  /** The text with its line breaks folded into single spaces; a table's keeps its lines and columns. */
  readonly text: string;
};

export type Dateline = {
  /** "CHELMSFORD, Mass." */
  readonly city: string;
  /** As printed: "BUSINESS WIRE", "PRNewswire". */
  readonly wire: string;
  /** As printed: "March 29, 2004"; undefined when the dateline gives no date. */
  readonly dateText: string | undefined;
};

export type WireText = {
  readonly exhibit: string | undefined;
  readonly headline: string | undefined;
  /** Header lines after the headline (a subheadline): the content format has no place for them. */
  readonly otherHeaderLines: readonly string[];
  readonly dateline: Dateline | undefined;
  /** A line in the header that is only a date, for texts without a dateline. */
  readonly headerDateText: string | undefined;
  /** The body after the dateline lead, in reading order. */
  readonly blocks: readonly WireBlock[];
  /** The lines of the CONTACT block after its "CONTACT:" label, trimmed, or undefined if there is none. */
  readonly contactLines: readonly string[] | undefined;
  /** Lines that are not part of the release: "FOR IMMEDIATE RELEASE", the "###" end mark, rules. */
  readonly skippedLines: readonly string[];
};

type Line = { readonly indent: number; readonly text: string };

const contactLabel = /^contacts?:\s*/i;
const exhibitLine = /^exhibit\s+(\S+)$/i;
/** A line of only marks: the "###" or "-30-" that ends a release, or a rule. */
const markLine = /^(?:[-#*=_~\s]+|-\s*30\s*-)$/;
const releaseNotice = /^(for immediate release|news release|press release)$/i;
/** "--" or an em dash, with or without spaces: "Mass.--(BUSINESS WIRE)--", "MA -- (BUSINESS WIRE) --". */
const dash = String.raw`\s*(?:--|\u2014)\s*`;
/** The wire in capitals ("BUSINESS WIRE", "PRIMEZONE"), or a name holding "wire" ("Business Wire"). */
const parenthesisedWireLead = new RegExp(
  String.raw`^(?<city>.+?)${dash}\((?<wire>[A-Z][A-Z ]*[A-Z]|[A-Z][^),]*[Ww]ire[^),]*)\)${dash}(?<rest>.*)$`,
  "s",
);
const leadDate = new RegExp(String.raw`^(?<date>.+?)${dash}(?<rest>.*)$`, "s");
/** "WESTFORD, Mass., May 2, 2005 /PRNewswire/ --" */
const slashedWireLead = new RegExp(
  String.raw`^(?<city>.+?),\s+(?<date>\S+\.? \d{1,2}, \d{4})\s+\/(?<wire>[^/]+)\/${dash}(?<rest>.*)$`,
  "s",
);

function partition<T>(
  items: readonly T[],
  test: (item: T) => boolean,
): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/** Columns: at least two lines with a gap of three spaces or more inside them. */
function isTable(block: readonly Line[]): boolean {
  return block.filter(({ text }) => /\S {3,}\S/.test(text)).length >= 2;
}

function toLines(text: string): Line[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((raw) => {
      const expanded = raw.replace(/\t/g, "    ").trimEnd();
      const content = expanded.trimStart();
      return { indent: expanded.length - content.length, text: content };
    });
}

/** Runs of non-blank lines. */
function toBlocks(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

const join = (lines: readonly Line[]) =>
  lines.map(({ text }) => text).join(" ");
const words = (text: string) => text.split(" ").filter(Boolean);

function isLabel(text: string): boolean {
  return text.endsWith(":") && words(text).length <= maxLabelWords;
}

/** One line, no closing punctuation, and its longer words capitalised. */
function isHeading(lines: readonly Line[]): boolean {
  const [line] = lines;
  if (!line || lines.length !== 1) return false;
  const lineWords = words(line.text);
  return (
    lineWords.length <= maxHeadingWords &&
    !/[.,;:!?"')\]]$/.test(line.text) &&
    lineWords.every((word) => word.length < 4 || /^[^a-z]/.test(word))
  );
}

/**
 * Whether paragraphs are marked by indenting their first line, the wire's
 * layout: some indented line is followed by a less indented one in its block.
 */
function usesHangingIndent(
  blocks: readonly Line[][],
  baseIndent: number,
): boolean {
  return blocks.some((block) =>
    block.some((line, index) => {
      const next = block[index + 1];
      return (
        line.indent > baseIndent &&
        next !== undefined &&
        next.indent <= baseIndent
      );
    }),
  );
}

/**
 * A label line such as "Replay:" ends where the text goes on below it, though
 * the next word would have fitted on its line; a wrapped line that happens to
 * end in a colon ("Sonus Networks (Nasdaq:") does not.
 */
function endsWithLabel(
  paragraph: readonly Line[],
  next: Line,
  wrapWidth: number,
): boolean {
  const [only, ...more] = paragraph;
  const nextWord = next.text.split(" ")[0] ?? "";
  return (
    only !== undefined &&
    more.length === 0 &&
    isLabel(only.text) &&
    only.indent + only.text.length + 1 + nextWord.length <= wrapWidth
  );
}

/** A block laid out in columns, kept line for line with its indentation past the block's least. */
function tableBlock(block: readonly Line[]): WireBlock {
  const least = Math.min(...block.map(({ indent }) => indent));
  return {
    kind: "table",
    text: block
      .map(({ indent, text }) => " ".repeat(indent - least) + text)
      .join("\n"),
  };
}

/**
 * The body's blocks: prose parted into paragraphs by the layout of the prose
 * around it (indented first lines, label lines), tables as they stand.
 */
function bodyBlocks(blocks: readonly Line[][]): WireBlock[] {
  const tables = new Set(blocks.filter(isTable));
  const prose = blocks.filter((block) => !tables.has(block));
  const lines = prose.flat();
  const baseIndent = Math.min(...lines.map(({ indent }) => indent));
  const wrapWidth = Math.max(
    ...lines.map(({ indent, text }) => indent + text.length),
  );
  const hanging = usesHangingIndent(prose, baseIndent);
  return blocks.flatMap((block) => {
    if (tables.has(block)) return [tableBlock(block)];
    const paragraphs: Line[][] = [];
    let current: Line[] = [];
    for (const line of block) {
      const startsParagraph = hanging && line.indent > baseIndent;
      if (
        current.length > 0 &&
        (startsParagraph || endsWithLabel(current, line, wrapWidth))
      ) {
        paragraphs.push(current);
        current = [];
      }
      current.push(line);
    }
    if (current.length > 0) paragraphs.push(current);
    return paragraphs.map(classify);
  });
}

function classify(lines: readonly Line[]): WireBlock {
  const text = join(lines);
  if (isLabel(text)) return { kind: "label", text };
  if (isHeading(lines)) return { kind: "heading", text };
  return { kind: "paragraph", text };
}

/** The dateline and the text after it; the date is optional in a Business Wire dateline. */
function readLead(
  text: string,
  isDateLine: (line: string) => boolean,
): (Dateline & { rest: string }) | undefined {
  const slashed = slashedWireLead.exec(text)?.groups;
  if (slashed?.city && slashed.wire && slashed.date)
    return {
      city: slashed.city.trim(),
      wire: slashed.wire.trim(),
      dateText: slashed.date.trim(),
      rest: slashed.rest ?? "",
    };
  const parenthesised = parenthesisedWireLead.exec(text)?.groups;
  if (
    !parenthesised?.city ||
    !parenthesised.wire ||
    words(parenthesised.city).length > maxCityWords
  )
    return undefined;
  const afterWire = parenthesised.rest ?? "";
  const dated = leadDate.exec(afterWire)?.groups;
  const hasDate = dated?.date !== undefined && isDateLine(dated.date);
  return {
    city: parenthesised.city.trim(),
    wire: parenthesised.wire.trim(),
    dateText: hasDate ? dated.date?.trim() : undefined,
    rest: hasDate ? (dated.rest ?? "") : afterWire,
  };
}

/** Without a dateline to end it, the header is the exhibit line and release notice, the headline and a date line, if any. */
function headerLengthWithoutLead(
  blocks: readonly Line[][],
  isDateLine: (line: string) => boolean,
): number {
  const beforeHeadline = (line: string) =>
    exhibitLine.test(line) || releaseNotice.test(line);
  let length = 0;
  while (length < blocks.length && beforeHeadline(join(blocks[length] ?? [])))
    length += 1;
  length += 1;
  if (length < blocks.length && isDateLine(join(blocks[length] ?? [])))
    length += 1;
  return Math.min(length, blocks.length);
}

/**
 * A block after the one labelled CONTACT that goes on with it, as when
 * contacts are separated by a blank line: short lines, one of them a role,
 * "or", a number or an address.
 */
function continuesContacts(block: readonly Line[]): boolean {
  return (
    block.every(({ text }) => words(text).length <= maxContactLineWords) &&
    block.some(({ text }) => isContactLine(text))
  );
}

/** The CONTACT block's place among the blocks: its labelled block and those that go on with it. */
function contactBlockRange(
  blocks: readonly Line[][],
  isLead: (block: readonly Line[]) => boolean,
): { start: number; end: number } | undefined {
  const start = blocks.findIndex((block) =>
    contactLabel.test(block[0]?.text ?? ""),
  );
  if (start === -1) return undefined;
  let end = start + 1;
  while (
    end < blocks.length &&
    !isLead(blocks[end] ?? []) &&
    continuesContacts(blocks[end] ?? [])
  )
    end += 1;
  return { start, end };
}

/**
 * Reads the layout of a wire text. `isDateLine` tells a header line that is
 * only a date ("March 29, 2004"); it is passed in because reading dates is
 * the caller's business.
 */
export function readWireText(
  text: string,
  isDateLine: (line: string) => boolean,
): WireText {
  // A mark stands alone between blank lines; rules inside a table are part of it.
  const [skipped, allBlocks] = partition(
    toBlocks(toLines(text)),
    (block) => block.length === 1 && markLine.test(block[0]?.text ?? ""),
  );
  const skippedLines = skipped.map(join);
  const isLead = (block: readonly Line[]) =>
    readLead(join(block), isDateLine) !== undefined;
  const contactRange = contactBlockRange(allBlocks, isLead);
  const contactLines = contactRange
    ? allBlocks
        .slice(contactRange.start, contactRange.end)
        .flat()
        .map((line, index) =>
          index === 0 ? line.text.replace(contactLabel, "") : line.text,
        )
    : undefined;
  const blocks = allBlocks.filter(
    (_, index) =>
      !contactRange || index < contactRange.start || index >= contactRange.end,
  );

  const leadIndex = blocks.findIndex(isLead);
  const bodyStart =
    leadIndex === -1 ? headerLengthWithoutLead(blocks, isDateLine) : leadIndex;
  let exhibit: string | undefined;
  let headerDateText: string | undefined;
  const headerLines: string[] = [];
  for (const block of blocks.slice(0, bodyStart)) {
    const line = join(block);
    const exhibitMatch = exhibitLine.exec(line);
    if (exhibitMatch?.[1] && exhibit === undefined) exhibit = exhibitMatch[1];
    else if (releaseNotice.test(line)) skippedLines.push(line);
    else if (
      headerLines.length > 0 &&
      headerDateText === undefined &&
      isDateLine(line)
    )
      headerDateText = line;
    else headerLines.push(line);
  }

  const body = bodyBlocks(blocks.slice(bodyStart));
  const lead =
    leadIndex === -1 ? undefined : readLead(body[0]?.text ?? "", isDateLine);
  if (lead) body[0] = { kind: "paragraph", text: lead.rest };

  return {
    exhibit,
    headline: headerLines[0],
    otherHeaderLines: headerLines.slice(1),
    dateline: lead && {
      city: lead.city,
      wire: lead.wire,
      dateText: lead.dateText,
    },
    headerDateText,
    blocks: body.filter(({ text }) => text !== ""),
    contactLines,
    skippedLines,
  };
}
