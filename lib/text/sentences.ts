import { isZoneName } from "@/lib/time/zone-names";

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const afterMeridiem = /\b[ap]\.m\.$/i;
/** A title before a name never ends a sentence: "Mr. Smith". */
const afterTitle = /\b(?:Mr|Mrs|Ms|Dr|Prof)\.$/;
/** A company's suffix ends a sentence only before a capital: "Acme, Inc. (Nasdaq: ACME) today…" goes on. */
const afterCompanySuffix = /\b(?:Inc|Corp|Co|Ltd|L\.P|N\.V|S\.A|Cos)\.$/;
const startsLower = /^[^\p{Lu}]/u;

/** A sentence of a paragraph, and where it starts in it. */
export type Sentence = { readonly text: string; readonly start: number };

/** Long enough to hold several sentences of any release. */
const windowLength = 4_000;

/**
 * The segmenter's sentences of a text, read a window at a time: its time
 * grows with the square of the length of what it is given, and a pasted
 * release can be one paragraph of megabytes. Each window's last sentence may
 * be cut, so the next window starts where it starts; a window holding no
 * whole sentence is doubled.
 */
function* segmentsOf(
  text: string,
): Generator<{ segment: string; index: number }> {
  let offset = 0;
  let length = windowLength;
  while (offset < text.length) {
    const end = offset + length;
    const segments = [...sentenceSegmenter.segment(text.slice(offset, end))];
    const last = end < text.length ? segments.pop() : undefined;
    if (last && segments.length === 0) {
      length *= 2;
      continue;
    }
    for (const { segment, index } of segments)
      yield { segment, index: offset + index };
    offset = last ? offset + last.index : text.length;
    length = windowLength;
  }
}

/** Whether the segmenter ended a sentence at an abbreviation that does not end it. */
const goesOn = (previous: string, next: string) =>
  (afterMeridiem.test(previous) && isZoneName(next.split(/\s/)[0] ?? "")) ||
  afterTitle.test(previous) ||
  (afterCompanySuffix.test(previous) && startsLower.test(next));

/**
 * The sentences of a paragraph, by Intl.Segmenter, except where it ends one
 * at an abbreviation: "4:45 p.m. Eastern time." (releases name the zone right
 * after the time), "Mr. Smith", "Acme, Inc. (Nasdaq: ACME)".
 */
export function sentencesOf(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmentsOf(paragraph)) {
    const text = segment.trim();
    if (!text) continue;
    const start = index + segment.indexOf(text);
    const previous = sentences.at(-1);
    if (previous && goesOn(previous.text, text)) {
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
