import { describe, expect, it } from "vitest";
import { decodeText } from "./decode";

const ascii = (text: string) => [...Buffer.from(text, "ascii")];

describe("decodeText", () => {
  it("reads UTF-8, accented letters and symbols included", () => {
    expect(decodeText(Buffer.from("Café® “quoted” — 2005™\n"))).toEqual({
      ok: true,
      text: "Café® “quoted” — 2005™\n",
      encoding: "utf-8",
    });
  });

  it("leaves a UTF-8 byte-order mark out of the text", () => {
    expect(
      decodeText(Buffer.from([0xef, 0xbb, 0xbf, ...ascii("Exhibit 99.1")])),
    ).toEqual({ ok: true, text: "Exhibit 99.1", encoding: "utf-8" });
  });

  it("reads UTF-16 in the byte order its byte-order mark declares", () => {
    // "Né" as code units 0x004E 0x00E9.
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x4e, 0, 0xe9, 0]))).toEqual({
      ok: true,
      text: "Né",
      encoding: "utf-16le",
    });
    expect(decodeText(Buffer.from([0xfe, 0xff, 0, 0x4e, 0, 0xe9]))).toEqual({
      ok: true,
      text: "Né",
      encoding: "utf-16be",
    });
  });

  it("reads Windows-1252 when the bytes are not UTF-8", () => {
    const bytes = Buffer.from([
      ...ascii("Caf"),
      0xe9, // é
      ...ascii(" Sonus"),
      0xae, // ®
      0x99, // ™
      0x20,
      0x93, // “
      ...ascii("ok"),
      0x94, // ”
      0x20,
      0x97, // em dash
      0x20,
      0x91, // ‘
      0x92, // ’
      0x20,
      0x80, // €
    ]);
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: "Café Sonus®™ “ok” — ‘’ €",
      encoding: "windows-1252",
    });
  });

  it("keeps the bytes Windows-1252 leaves undefined as their C1 controls", () => {
    const decoded = decodeText(Buffer.from([...ascii("a"), 0x81, 0x9d]));
    expect(decoded).toEqual({
      ok: true,
      text: "a\u0081\u009d",
      encoding: "windows-1252",
    });
  });

  it("refuses a UTF-16 byte-order mark before bytes that are not UTF-16", () => {
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41]))).toEqual({
      ok: false,
      problem:
        "starts with a utf-16le byte-order mark but is not utf-16le text",
    });
  });

  it.each([
    ["nothing", []],
    ["blank lines and spaces", ascii("\n  \r\n\t\n")],
    ["a byte-order mark alone", [0xef, 0xbb, 0xbf]],
  ])("finds a file of %s empty", (_, bytes) => {
    expect(decodeText(Buffer.from(bytes))).toEqual({
      ok: false,
      problem: "is empty",
    });
  });

  it.each([
    // PNG signature, then the length and type of its IHDR chunk.
    ["PNG", [0x89, ...ascii("PNG\r\n\x1a\n"), 0, 0, 0, 0x0d, ...ascii("IHDR")]],
    // gzip header: magic, deflate, no flags, no time, no extra flags, Unix.
    ["gzip", [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]],
    ["UTF-8 text with a NUL", ascii("Exhibit\0 99.1")],
    ["control characters without a NUL", [0x01, 0x02, ...ascii("abc"), 0x1b]],
  ])("finds a %s file binary", (_, bytes) => {
    expect(decodeText(Buffer.from(bytes))).toEqual({
      ok: false,
      problem: "is not a text file (it holds binary data)",
    });
  });

  it("still reads a text with a stray control character", () => {
    const text = `${"Sonus Networks will host a call.\n".repeat(4)}\x1a`;
    expect(decodeText(Buffer.from(text))).toEqual({
      ok: true,
      text,
      encoding: "utf-8",
    });
  });
});
