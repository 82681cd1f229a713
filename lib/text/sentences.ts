import { isZoneName } from "@/lib/time/zone-names";

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const afterMeridiem = /\b[ap]\.m\.$/i;

/** A sentence of a paragraph, and where it starts in it. */
export type Sentence = { readonly text: string; readonly start: number };

/**
 * The sentences of a paragraph, by Intl.Segmenter, except that "4:45 p.m.
 * Eastern time." stays one sentence: the segmenter ends one at "p.m." before
 * any capital, and releases name the zone right after the time.
 */
export function sentencesOf(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of sentenceSegmenter.segment(paragraph)) {
    const text = segment.trim();
    if (!text) continue;
    const start = index + segment.indexOf(text);
    const previous = sentences.at(-1);
    if (
      previous &&
      afterMeridiem.test(previous.text) &&
      isZoneName(text.split(/\s/)[0] ?? "")
    ) {
      sentences[sentences.length - 1] = {
        text: paragraph.slice(previous.start, start + text.length),
        start: previous.start,
      };
    } else {
      sentences.push({ text, start });
    }
  }
  return sentences;
}
