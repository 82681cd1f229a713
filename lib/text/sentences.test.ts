import { describe, expect, it } from "vitest";
import { sentencesOf } from "./sentences";

describe("sentencesOf", () => {
  it("keeps a time and the zone after it in one sentence", () => {
    const paragraph =
      "The call begins at 4:45 p.m. Eastern time. To listen, dial (888) 882-0115.";
    expect(sentencesOf(paragraph)).toEqual([
      { text: "The call begins at 4:45 p.m. Eastern time.", start: 0 },
      { text: "To listen, dial (888) 882-0115.", start: 43 },
    ]);
  });

  it("still ends a sentence at p.m. when the next one starts with another word", () => {
    expect(
      sentencesOf("It starts at 8:30 a.m. The webcast follows.").map(
        ({ text }) => text,
      ),
    ).toEqual(["It starts at 8:30 a.m.", "The webcast follows."]);
  });

  it("does not end a sentence after a company's suffix the sentence goes on from", () => {
    expect(
      sentencesOf(
        "Acme, Inc. (Nasdaq: ACME), a maker of routers, today reported results. Sales at Acme Co. rose.",
      ).map(({ text }) => text),
    ).toEqual([
      "Acme, Inc. (Nasdaq: ACME), a maker of routers, today reported results.",
      "Sales at Acme Co. rose.",
    ]);
  });

  it("ends a sentence after a company's suffix when the next one starts with a capital", () => {
    expect(
      sentencesOf("Acme acquired Widget Corp. The deal closed in May.").map(
        ({ text }) => text,
      ),
    ).toEqual(["Acme acquired Widget Corp.", "The deal closed in May."]);
  });

  it("does not end a sentence after a title before a name", () => {
    expect(
      sentencesOf(
        "Dr. Jones will present with Mr. Smith. Both are officers.",
      ).map(({ text }) => text),
    ).toEqual(["Dr. Jones will present with Mr. Smith.", "Both are officers."]);
  });

  it("gives each sentence's place in the paragraph", () => {
    const paragraph = "  First one.   Second at 10:30 a.m. EDT today. Third.";
    const sentences = sentencesOf(paragraph);
    expect(sentences.map(({ start }) => start)).toEqual([2, 15, 47]);
    for (const { text, start } of sentences)
      expect(paragraph.slice(start, start + text.length)).toBe(text);
  });

  it("reads a paragraph far longer than its window as a whole", () => {
    const sentence = (n: number) =>
      `Sentence ${n} ends at 4:45 p.m. Eastern time, as the call does. `;
    const paragraph = Array.from({ length: 400 }, (_, n) => sentence(n)).join(
      "",
    );
    expect(paragraph.length).toBeGreaterThan(20_000);
    const sentences = sentencesOf(paragraph);
    expect(sentences.map(({ text }) => text)).toEqual(
      Array.from({ length: 400 }, (_, n) => sentence(n).trim()),
    );
    for (const { text, start } of sentences)
      expect(paragraph.slice(start, start + text.length)).toBe(text);
  });

  it("keeps a sentence longer than the window whole", () => {
    const long = `A ${"very ".repeat(2_000)}long sentence.`;
    expect(sentencesOf(`${long} Next.`).map(({ text }) => text)).toEqual([
      long,
      "Next.",
    ]);
  });
});
