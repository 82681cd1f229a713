import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * The original wire texts, read independently of lib/content: they are the
 * reference the rendered pages are checked against.
 */
const WIRE_DIRECTORY = path.join(__dirname, "..", "fixtures", "wire");

export type WireRelease = {
  /** The fixture is named after the slug of the release made from it. */
  slug: string;
  /** Paragraphs of the text before the CONTACT block, lines unwrapped. */
  paragraphs: string[];
  /** Lines of the CONTACT block, trimmed, without the "CONTACT:" label. */
  contactLines: string[];
};

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** Wire paragraphs start with an indent or follow a blank line; other lines continue one. */
function unwrapParagraphs(lines: string[]): string[] {
  const paragraphs: string[][] = [];
  let startsParagraph = true;
  for (const line of lines) {
    if (line.trim() === "") {
      startsParagraph = true;
      continue;
    }
    if (startsParagraph || line.startsWith("    ")) paragraphs.push([]);
    paragraphs.at(-1)?.push(line.trim());
    startsParagraph = false;
  }
  return paragraphs.map((paragraph) => collapse(paragraph.join(" ")));
}

export function readWireReleases(): WireRelease[] {
  return readdirSync(WIRE_DIRECTORY)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => {
      const lines = readFileSync(path.join(WIRE_DIRECTORY, name), "utf8").split(
        /\r?\n/,
      );
      const contactStart = lines.findIndex((line) =>
        line.trim().startsWith("CONTACT:"),
      );
      if (contactStart === -1) throw new Error(`${name} has no CONTACT block`);
      return {
        slug: path.basename(name, ".txt"),
        paragraphs: unwrapParagraphs(lines.slice(0, contactStart)),
        contactLines: lines
          .slice(contactStart)
          .map((line) => line.trim().replace(/^CONTACT:\s*/, ""))
          .filter((line) => line !== ""),
      };
    });
}

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });

export function sentencesOf(paragraph: string): string[] {
  return [...sentenceSegmenter.segment(paragraph)]
    .map(({ segment }) => segment.trim())
    .filter(Boolean);
}

export { collapse as collapseWhitespace };
