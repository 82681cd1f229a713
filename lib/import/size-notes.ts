/** What the importer says of a text far longer than a release, or one whose paragraphs repeat. */
import type { ReleaseLayout } from "./layout";
import type { ImportNote } from "./notes";

/** Far more than a press release runs to, tables and all. */
const maxReleaseCharacters = 100_000;
/** A paragraph may be repeated once or twice (a quote, a boilerplate line); more is a text pasted over and over. */
const maxParagraphRepeats = 3;
const shortenedParagraphLength = 60;

/** The paragraph's start, cut at a space: enough to find it by. */
function shortened(text: string): string {
  if (text.length <= shortenedParagraphLength) return text;
  const lastSpace = text.lastIndexOf(" ", shortenedParagraphLength);
  return `${text.slice(0, lastSpace > 0 ? lastSpace : shortenedParagraphLength)}…`;
}

/**
 * A text far longer than a release, or one whose paragraphs repeat, is likely
 * several texts pasted together or one pasted over and over: said once each.
 */
export function sizeNotes(
  text: string,
  layout: Pick<ReleaseLayout, "blocks">,
): ImportNote[] {
  const notes: ImportNote[] = [];
  if (text.length > maxReleaseCharacters)
    notes.push({
      field: "body",
      message: `the text is ${text.length.toLocaleString("en-US")} characters long, more than ${maxReleaseCharacters.toLocaleString("en-US")}: far longer than a press release; check that it holds one release, once`,
    });
  const timesSeen = new Map<string, number>();
  for (const { kind, text: paragraph } of layout.blocks)
    if (kind === "paragraph")
      timesSeen.set(paragraph, (timesSeen.get(paragraph) ?? 0) + 1);
  let most: [string, number] | undefined;
  let repeated = 0;
  for (const seen of timesSeen) {
    if (seen[1] <= maxParagraphRepeats) continue;
    repeated += 1;
    if (!most || seen[1] > most[1]) most = seen;
  }
  if (most) {
    const others = repeated - 1;
    notes.push({
      field: "body",
      message: `the paragraph ${JSON.stringify(shortened(most[0]))} appears ${most[1].toLocaleString("en-US")} times${others === 0 ? "" : others === 1 ? `, and 1 other paragraph more than ${maxParagraphRepeats} times` : `, and ${others.toLocaleString("en-US")} other paragraphs more than ${maxParagraphRepeats} times each`}; check that the text holds the release once`,
    });
  }
  return notes;
}
