import { describe, expect, it } from "vitest";
import { parsePhone, phoneNumberSchema, telHref } from "./phone";

describe("parsePhone", () => {
  it.each([
    ["978-589-8672", "+19785898672"],
    ["(888) 882-0115", "+18888820115"],
    ["+1-888-326-7098", "+18883267098"],
    ["888.882.0115", "+18888820115"],
    ["+1-706-758-2365", "+17067582365"],
  ])("keeps %s as printed and gives its E.164 form", (text, e164) => {
    expect(parsePhone(text)).toEqual({ text, e164 });
    expect(telHref(parsePhone(text))).toBe(`tel:${e164}`);
  });

  it.each(["555", "123-456-7890", "phone"])("rejects %j", (text) => {
    expect(() => parsePhone(text)).toThrow();
    const result = phoneNumberSchema.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(
      `expected a telephone number, got "${text}"`,
    );
  });
});
