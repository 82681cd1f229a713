import { describe, expect, it } from "vitest";
import {
  findPhoneNumbers,
  parsePhone,
  phoneNumberSchema,
  telHref,
} from "./phone";

describe("parsePhone", () => {
  it.each([
    ["978-589-8672", "+19785898672", "(978) 589-8672", false],
    ["(888) 882-0115", "+18888820115", "(888) 882-0115", true],
    ["+1-888-326-7098", "+18883267098", "(888) 326-7098", true],
    ["888.882.0115", "+18888820115", "(888) 882-0115", true],
    ["+1-706-758-2365", "+17067582365", "(706) 758-2365", false],
    ["(800) 633-8284", "+18006338284", "(800) 633-8284", true],
    ["+1 416 555 0199", "+14165550199", "(416) 555-0199", false],
    ["+44 20 7946 0958", "+442079460958", "+44 20 7946 0958", false],
    ["+81-3-1234-5678", "+81312345678", "+81 3 1234 5678", false],
  ])(
    "keeps %s as printed and gives its E.164 form %s, shown %s",
    (text, e164, display, tollFree) => {
      expect(parsePhone(text)).toEqual({ text, e164, display, tollFree });
      expect(telHref(parsePhone(text))).toBe(`tel:${e164}`);
    },
  );

  it.each(["555", "123-456-7890", "phone"])("rejects %j", (text) => {
    expect(() => parsePhone(text)).toThrow();
    const result = phoneNumberSchema.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(
      `expected a telephone number, got "${text}"`,
    );
  });
});

describe("findPhoneNumbers", () => {
  it("finds numbers in each printed form, as written and where they stand", () => {
    const text =
      "Dial (888) 882-0115, +1-888-326-7098, 888.882.0115 or 978-589-8672.";
    const found = findPhoneNumbers(text);
    expect(found.map(({ text }) => text)).toEqual([
      "(888) 882-0115",
      "+1-888-326-7098",
      "888.882.0115",
      "978-589-8672",
    ]);
    for (const { text: number, start, end } of found)
      expect(text.slice(start, end)).toBe(number);
  });

  it("does not read the next number of a comma-separated list as an extension", () => {
    expect(
      findPhoneNumbers("888-882-0115, 415-537-1985").map(({ text }) => text),
    ).toEqual(["888-882-0115", "415-537-1985"]);
  });

  it("leaves out codes, years and amounts", () => {
    expect(
      findPhoneNumbers(
        "The access code is 21190372; file by March 16, 2005; $43 million - $46 million.",
      ),
    ).toEqual([]);
  });
});
