const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** A sentence of a paragraph, and where it starts in it. */
export type Sentence = { readonly text: string; readonly start: number };

export function sentencesOf(paragraph: string): Sentence[] {
  return [...sentenceSegmenter.segment(paragraph)].flatMap(
    ({ segment, index }) => {
      const text = segment.trim();
      return text ? [{ text, start: index + segment.indexOf(text) }] : [];
    },
  );
}
