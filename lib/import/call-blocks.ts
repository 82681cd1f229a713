import type { WireBlock } from "./layout";
import { setApartSectionOf } from "./notices";
import { replayWord, type Tagged } from "./tags";

/** Which of the body's blocks are about the call, to read it from them and no other fact. */

const callHeading = /\b(conference call|webcast|earnings call|presentation)\b/i;
const aboutCall =
  /\b(conference call|dial-in|webcast|will present|presentation)\b/i;
/** A line that gives one detail of a call under a label: "Date: Thursday, April 28, 2005", "Passcode: 12345". */
const callDetailLine = /^(?<label>[A-Z][\w ()./&-]{0,30}?)\s*:\s+\S/;
const callDetailLabel =
  /\b(date|time|when|where|day|dial|phone|telephone|call|number|toll|domestic|international|pass ?code|code|id|pin|replay|playback|webcast|internet|web|url|access|speakers?|presenters?|location|place|venue|moderator|host)\b/i;
/** A line of a list is short and ends no sentence: "San Francisco, California". */
const maxListLineWords = 12;

const isCallDetail = ({ kind, text }: WireBlock) =>
  kind === "paragraph" &&
  callDetailLabel.test(callDetailLine.exec(text)?.groups?.label ?? "");

const isListLine = ({ kind, text }: WireBlock) =>
  kind === "paragraph" &&
  text.split(" ").length <= maxListLineWords &&
  !/[.!?]$/.test(text);

/**
 * Without a call heading, the paragraphs about the call and those that
 * follow one of them: about its replay, labelled details ("Date: …", "Time:
 * …"), and after a paragraph that ends with a colon ("…at the following
 * investor conference:") the short lines it introduces.
 */
function callParagraphIndexes(blocks: readonly WireBlock[]): number[] {
  const indexes: number[] = [];
  // What may follow the call's paragraph as its own: details, or also the lines of a list.
  let follows: "nothing" | "details" | "list" = "nothing";
  blocks.forEach((block, index) => {
    const about = block.kind === "paragraph" && aboutCall.test(block.text);
    const belongs =
      about ||
      (follows !== "nothing" &&
        (isCallDetail(block) ||
          block.kind === "label" ||
          (block.kind === "paragraph" && replayWord.test(block.text)) ||
          (follows === "list" && isListLine(block))));
    if (!belongs) {
      follows = "nothing";
      return;
    }
    indexes.push(index);
    if (block.text.endsWith(":")) follows = "list";
    else if (about) follows = "details";
  });
  return indexes;
}

/** The blocks about the call: the section under a call heading, else the paragraphs about it. */
export function callBlockIndexes(
  blocks: readonly WireBlock[],
  units: readonly Tagged[],
): number[] {
  // "Conference Call Information", or a label line: "Conference call details:".
  const heading = blocks.findIndex(
    ({ kind, text }) =>
      (kind === "heading" || kind === "label") && callHeading.test(text),
  );
  if (heading === -1) return callParagraphIndexes(blocks);
  const next = blocks.findIndex(
    (block, index) => index > heading && block.kind === "heading",
  );
  const sectionEnd = next === -1 ? blocks.length : next;
  // Without a heading after it, the section ends at the legal notices, once no number to call follows.
  const lastWithNumber =
    units.findLast(
      ({ block, phones }) => block < sectionEnd && phones.length > 0,
    )?.block ?? -1;
  const notices = blocks.findIndex(
    (block, index) =>
      index > Math.max(heading, lastWithNumber) &&
      index < sectionEnd &&
      setApartSectionOf(block),
  );
  const end = notices === -1 ? sectionEnd : notices;
  return Array.from(
    { length: end - heading - 1 },
    (_, offset) => heading + 1 + offset,
  );
}
