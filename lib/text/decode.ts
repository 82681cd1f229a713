/** The encodings a text file is read in. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** A file's text and the encoding it was read in, or why it holds no text to read. */
export type DecodedText =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: TextEncoding;
    }
  | { readonly ok: false; readonly problem: string };

// A byte-order mark declares its encoding; TextDecoder leaves it out of the text.
const byteOrderMarks: readonly (readonly [TextEncoding, readonly number[]])[] =
  [
    ["utf-8", [0xef, 0xbb, 0xbf]],
    ["utf-16le", [0xff, 0xfe]],
    ["utf-16be", [0xfe, 0xff]],
  ];

/**
 * Windows-1252's characters for bytes 0x80 to 0x9F: curly quotes, dashes, ™,
 * €. Node since 20.18.3 and 22.13 decodes "windows-1252" as Latin-1, which
 * gives C1 controls there instead (nodejs/node#60888). The five bytes
 * Windows-1252 leaves undefined stay C1 controls, as the Encoding Standard says,
 * so on a Node that decodes it right the mapping changes nothing.
 */
const windows1252Specials =
  "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Plain text uses no C0 control characters but tab, line feed, form feed and carriage return. */
const plainControls = new Set(["\t", "\n", "\f", "\r"]);
/** A stray control or two (a Ctrl-Z end mark) is still text; binary data is full of them. */
const maxControlShare = 0.01;

function decodeStrictly(bytes: Uint8Array, encoding: TextEncoding) {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (control) =>
      windows1252Specials.charAt(control.charCodeAt(0) - 0x80),
    );
}

function holdsBinaryData(text: string): boolean {
  if (text.includes("\0")) return true;
  let controls = 0;
  for (const character of text)
    if (character < " " && !plainControls.has(character)) controls += 1;
  return controls > text.length * maxControlShare;
}

/**
 * The text of a file's bytes: in the encoding its byte-order mark declares,
 * else UTF-8, else Windows-1252, the encoding of older wire-service texts, in
 * which any bytes are text (Latin-1 letters, ®, curly quotes, dashes, ™).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const declared = byteOrderMarks.find(([, mark]) =>
    mark.every((byte, index) => bytes[index] === byte),
  )?.[0];
  let encoding: TextEncoding = declared ?? "utf-8";
  let text = decodeStrictly(bytes, encoding);
  if (text === undefined && declared)
    return {
      ok: false,
      problem: `starts with a ${declared} byte-order mark but is not ${declared} text`,
    };
  if (text === undefined) {
    encoding = "windows-1252";
    text = decodeWindows1252(bytes);
  }
  if (holdsBinaryData(text))
    return { ok: false, problem: "is not a text file (it holds binary data)" };
  if (text.trim() === "") return { ok: false, problem: "is empty" };
  return { ok: true, text, encoding };
}
