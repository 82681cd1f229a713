import { toString as mdastText } from "mdast-util-to-string";
import { findPhoneNumbers } from "@/lib/text/phone";
import type { ContentProblem } from "../errors";
import type { CallFrontMatter } from "../schema";
import type { ContentRule, ReleaseUnderCheck } from "./rule";

type DialInFrontMatter = CallFrontMatter["dialIn"][number];

const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

/** Enough text either side of a phrase for the segmenter to place the word boundaries at its ends. */
const boundaryMargin = 40;

/**
 * Whether `phrase` stands in `text` as whole words: "21228369" in "is
 * 21228369." and "286#" in "passcode 286#", but not "2122" in "21228369".
 * Only the text around each occurrence is segmented: the segmenter's time
 * grows with the square of what it is given, and a body can be long.
 */
function containsWords(text: string, phrase: string): boolean {
  for (
    let at = text.indexOf(phrase);
    at !== -1;
    at = text.indexOf(phrase, at + 1)
  ) {
    const from = Math.max(0, at - boundaryMargin);
    const to = Math.min(text.length, at + phrase.length + boundaryMargin);
    const boundaries = new Set([to - from]);
    for (const { index } of wordSegmenter.segment(text.slice(from, to)))
      boundaries.add(index);
    if (boundaries.has(at - from) && boundaries.has(at - from + phrase.length))
      return true;
  }
  return false;
}

/**
 * The call data must say what the release says: each of its numbers and codes
 * appears in the body, and each number in the body belongs to a call (contact
 * numbers are front matter, not body), so a call the data leaves out is caught.
 */
function findCallNumberProblems({
  file,
  frontMatter: { calls },
  tree,
}: ReleaseUnderCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bodyText = tree.children.map((node) => mdastText(node)).join("\n\n");
  const bodyNumbers = findPhoneNumbers(bodyText);

  const dataNumbers = new Set<string>();
  calls.forEach((call, index) => {
    const numbered: [string, DialInFrontMatter[]][] = [
      [`calls[${index}].dialIn`, call.dialIn],
      [
        `calls[${index}].replay.telephone.numbers`,
        call.replay?.telephone?.numbers ?? [],
      ],
    ];
    for (const [field, list] of numbered) {
      list.forEach(({ number }, position) => {
        dataNumbers.add(number.e164);
        if (!bodyNumbers.some(({ e164 }) => e164 === number.e164)) {
          problems.push({
            file,
            field: `${field}[${position}].number`,
            message: `${number.text} does not appear in the release body`,
          });
        }
      });
    }
    const code = call.replay?.telephone?.code;
    if (code !== undefined && !containsWords(bodyText, code)) {
      problems.push({
        file,
        field: `calls[${index}].replay.telephone.code`,
        message: `"${code}" does not appear in the release body`,
      });
    }
  });

  for (const { e164, text: written } of bodyNumbers) {
    if (!dataNumbers.has(e164)) {
      problems.push({
        file,
        field: "calls",
        message: `the body gives the number ${written}, which is in no call's dial-in or replay numbers`,
      });
    }
  }
  return problems;
}

export const callNumbersInBody: ContentRule = {
  name: "call-numbers-in-body",
  description:
    "Every dial-in and replay number and replay code of a call stands in the body (a code as a whole word), and every telephone number in the body belongs to a call.",
  check: findCallNumberProblems,
};
