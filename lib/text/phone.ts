import {
  findPhoneNumbersInText,
  parsePhoneNumberWithError,
  type CountryCode,
} from "libphonenumber-js/max";
import { z } from "zod";

/** A telephone number as the release prints it, with its E.164 form for `tel:` links. */
export type PhoneNumber = {
  readonly text: string;
  readonly e164: string;
  /**
   * The one form the site shows it in: national for the North American plan,
   * as US investors read it, "(888) 326-7098"; international for any other,
   * "+44 20 7946 0000".
   */
  readonly display: string;
  readonly tollFree: boolean;
};

/** Releases of a US issuer print national numbers without a country code. */
export const DEFAULT_COUNTRY: CountryCode = "US";
const NORTH_AMERICAN_CALLING_CODE = "1";

export function parsePhone(text: string): PhoneNumber {
  const parsed = parsePhoneNumberWithError(text, DEFAULT_COUNTRY);
  if (!parsed.isValid()) {
    throw new Error(`${JSON.stringify(text)} is not a valid telephone number`);
  }
  return {
    text,
    e164: parsed.number,
    display:
      parsed.countryCallingCode === NORTH_AMERICAN_CALLING_CODE
        ? parsed.formatNational()
        : parsed.formatInternational(),
    tollFree: parsed.getType() === "TOLL_FREE",
  };
}

/** A telephone number found in running text, with where it stands. */
export type PhoneInText = {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The number in E.164, which tells two printings of one number apart from two numbers. */
  readonly e164: string;
};

/**
 * The valid telephone numbers in a text, as written there. Lists separated by
 * ", " are searched item by item: libphonenumber reads ", 415" after a number
 * as an extension, and no printed number holds a comma followed by a space.
 */
export function findPhoneNumbers(text: string): PhoneInText[] {
  const found: PhoneInText[] = [];
  let offset = 0;
  for (const item of text.split(", ")) {
    for (const { number, startsAt, endsAt } of findPhoneNumbersInText(
      item,
      DEFAULT_COUNTRY,
    )) {
      found.push({
        text: item.slice(startsAt, endsAt),
        start: offset + startsAt,
        end: offset + endsAt,
        e164: number.number,
      });
    }
    offset += item.length + ", ".length;
  }
  return found;
}

export function telHref(phone: PhoneNumber): string {
  return `tel:${phone.e164}`;
}

export const phoneNumberSchema = z
  .string()
  .transform((text, context): PhoneNumber => {
    try {
      return parsePhone(text);
    } catch (error) {
      context.addIssue({
        code: "custom",
        message: `expected a telephone number, got ${JSON.stringify(text)} (${error instanceof Error ? error.message : String(error)})`,
      });
      return z.NEVER;
    }
  });
