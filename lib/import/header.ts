/**
 * The header of a release as plain text, before its dateline: the exhibit
 * line and notice above the headline, the headline, the subheadline (deck)
 * under it and a line that is only a date.
 */

/** Only a line's text matters here, not its indentation. */
type HeaderLine = { readonly text: string };
type HeaderBlock = readonly HeaderLine[];

export type ReleaseHeader = {
  readonly exhibit: string | undefined;
  /** As printed, its lines joined: an all-caps headline stays all caps. */
  readonly headline: string | undefined;
  /**
   * The subheadline (deck) under the headline, each part as one line: the
   * lines under an all-caps headline in its block that are not all caps, and
   * the header's blocks between the headline and the dateline.
   */
  readonly subheadlineLines: readonly string[];
  /** A line in the header that is only a date, for texts without a dateline. */
  readonly headerDateText: string | undefined;
  /** "FOR IMMEDIATE RELEASE" and the like, which are not part of the release. */
  readonly noticeLines: readonly string[];
};

const exhibitLine = /^exhibit\s+(\S+)$/i;
const releaseNotice = /^(for immediate release|news release|press release)$/i;
/** A deck is one to three lines: "Revenue Up 40% Year Over Year; Company Raises Outlook". */
const maxDeckLines = 3;
/** Lower-case letters an all-caps line may hold: "ACME NETWORKS, Inc. REPORTS RECORD QUARTER". */
const maxCapsLowerCaseShare = 0.1;

const join = (lines: HeaderBlock) => lines.map(({ text }) => text).join(" ");
const words = (text: string) => text.split(" ").filter(Boolean);
const letterCount = (text: string, letters: RegExp) =>
  text.match(letters)?.length ?? 0;

function isAllCaps(text: string): boolean {
  const letters = letterCount(text, /\p{L}/gu);
  return (
    letters > 0 &&
    letterCount(text, /\p{Ll}/gu) <= letters * maxCapsLowerCaseShare
  );
}

/** Its longer words capitalised, and no sentence ended: a deck, not a lead paragraph. */
const isTitleCase = (text: string) =>
  !/[.:]$/.test(text) &&
  words(text).every((word) => word.length < 4 || /^[^\p{Ll}]/u.test(word));

/**
 * The headline block split into the headline and the deck printed under it
 * without a blank line: an all-caps headline ends where its lines stop being
 * all caps. A block of another case is all headline, as is one whose lines
 * after the capitals are too many for a deck.
 */
function splitHeadlineBlock(block: HeaderBlock): {
  headline: string;
  deck: string | undefined;
} {
  const deckStart = block.findIndex(({ text }) => !isAllCaps(text));
  if (deckStart <= 0 || block.length - deckStart > maxDeckLines)
    return { headline: join(block), deck: undefined };
  return {
    headline: join(block.slice(0, deckStart)),
    deck: join(block.slice(deckStart)),
  };
}

/**
 * Without a dateline to end it, the header is the exhibit line and notice,
 * the headline, a title-case deck under an all-caps headline and a date
 * line, each if any: how many of `blocks` it takes.
 */
export function headerLength(
  blocks: readonly HeaderBlock[],
  isDateLine: (line: string) => boolean,
): number {
  const beforeHeadline = (line: string) =>
    exhibitLine.test(line) || releaseNotice.test(line);
  let length = 0;
  while (length < blocks.length && beforeHeadline(join(blocks[length] ?? [])))
    length += 1;
  const headline = blocks[length] ?? [];
  length += 1;
  const next = join(blocks[length] ?? []);
  const deckFollows =
    isAllCaps(headline[0]?.text ?? "") &&
    (blocks[length]?.length ?? 0) <= maxDeckLines &&
    next !== "" &&
    !isDateLine(next) &&
    !isAllCaps(next) &&
    isTitleCase(next);
  if (deckFollows) length += 1;
  if (isDateLine(join(blocks[length] ?? []))) length += 1;
  return Math.min(length, blocks.length);
}

/** Reads the header's blocks, each for what it is. */
export function readHeader(
  blocks: readonly HeaderBlock[],
  isDateLine: (line: string) => boolean,
): ReleaseHeader {
  let exhibit: string | undefined;
  let headline: string | undefined;
  let headerDateText: string | undefined;
  const subheadlineLines: string[] = [];
  const noticeLines: string[] = [];
  for (const block of blocks) {
    const line = join(block);
    const exhibitNumber = exhibitLine.exec(line)?.[1];
    if (exhibitNumber && exhibit === undefined) exhibit = exhibitNumber;
    else if (releaseNotice.test(line)) noticeLines.push(line);
    else if (headline === undefined) {
      const split = splitHeadlineBlock(block);
      headline = split.headline;
      if (split.deck !== undefined) subheadlineLines.push(split.deck);
    } else if (!headerDateText && isDateLine(line)) headerDateText = line;
    else subheadlineLines.push(line);
  }
  return { exhibit, headline, subheadlineLines, headerDateText, noticeLines };
}

/** The subheadline as one line of text: its parts joined with spaces. */
export const subheadlineOf = ({
  subheadlineLines,
}: Pick<ReleaseHeader, "subheadlineLines">) =>
  subheadlineLines.length > 0 ? subheadlineLines.join(" ") : undefined;
