/**
 * The dateline that opens a release's lead paragraph, in the forms the wires
 * and company websites print it, and the listing in the lead sentence.
 */

export type Dateline = {
  /** As printed: "CHELMSFORD, Mass.", "BOSTON". */
  readonly city: string;
  /** As printed: "BUSINESS WIRE", "PRNewswire"; undefined on a company's own site. */
  readonly wire: string | undefined;
  /** As printed: "March 29, 2004", or "Mar. 3" without its year; undefined when the dateline gives no date. */
  readonly dateText: string | undefined;
  /** Where the lead's own text starts, after the dateline. */
  readonly restStart: number;
};

/** A dateline is short; reading only the lead's start keeps a huge paragraph from costing more. */
const maxDatelineLength = 200;
const city = String.raw`(?<city>[A-Z][A-Z.'\- ]+(?:, [A-Z][A-Za-z. ]{1,20})?)`;
/** Where a date stands in the dateline; chrono reads it, and a misspelled one is no date. */
const date = String.raw`(?<date>\p{L}{3,9}\.? \d{1,2}, \d{4})`;
/**
 * A wire's own mark after the date ("/PRNewswire-FirstCall/", "(GLOBE NEWSWIRE)")
 * tells a dateline even without the year, which some wire copies leave out:
 * "Mar. 3". The caller says it is missing rather than guess it.
 */
const dateMaybeWithoutYear = String.raw`(?<date>\p{L}{3,9}\.? \d{1,2}(?:, \d{4})?)`;
const dash = String.raw`\s*(?:--|[\u2013\u2014]|\s-)\s*`;

/** The forms, each anchored at the paragraph's start. */
const datelineForms = [
  // SAN JOSE, CA--(Marketwire - October 4, 2005) -
  String.raw`${city}${dash}\((?<wire>Marketwire|Market Wire)\s*-\s*${date}\)${dash}`,
  // CHELMSFORD, Mass.--(BUSINESS WIRE)--March 3, 2005-- (the date may be left out)
  String.raw`${city}${dash}\((?<wire>[^()]{2,40})\)${dash}(?:(?<maybeDate>[^()]{4,24}?)${dash})?`,
  // WESTFORD, Mass., May 2, 2005 /PRNewswire/ -- (or Mar. 3 /PRNewswire-FirstCall/ --)
  String.raw`${city},\s+${dateMaybeWithoutYear}\s*\/(?<wire>[^/]{2,40})\/${dash}`,
  // BOSTON, Oct. 4, 2005 (GLOBE NEWSWIRE) --
  String.raw`${city},\s+${dateMaybeWithoutYear}\s*\((?<wire>[^()]{2,40})\)${dash}`,
  // BOSTON, Mass., Oct. 4, 2005 — (a company's own site: no wire)
  String.raw`${city},\s+${date}${dash}`,
].map((form) => new RegExp(`^${form}`, "du"));

/**
 * The dateline at the start of a paragraph. `isDate` tells whether the text
 * between a Business Wire dateline's dashes is a date, which it need not be.
 */
export function readDateline(
  paragraph: string,
  isDate: (text: string) => boolean,
): Dateline | undefined {
  const head = paragraph.slice(0, maxDatelineLength);
  for (const form of datelineForms) {
    const match = form.exec(head);
    const groups = match?.groups;
    if (!match || !groups?.city) continue;
    const maybeDate = groups.maybeDate?.trim();
    // Text between a Business Wire dateline's dashes that is no date belongs to the lead.
    const leadStartsEarly =
      maybeDate !== undefined && !isDate(maybeDate)
        ? match.indices?.groups?.maybeDate?.[0]
        : undefined;
    return {
      city: groups.city.trim(),
      wire: groups.wire?.trim(),
      dateText:
        groups.date ?? (leadStartsEarly === undefined ? maybeDate : undefined),
      restStart: leadStartsEarly ?? match[0].length,
    };
  }
  return undefined;
}

/** Wire services as they name themselves in a dateline, and as a reader knows them. */
const wireNames: Record<string, string> = {
  businesswire: "Business Wire",
  prnewswire: "PR Newswire",
  // PR Newswire's service for investor news, as its datelines print it.
  prnewswirefirstcall: "PR Newswire",
  globenewswire: "GlobeNewswire",
  marketwire: "Marketwire",
  accesswire: "ACCESSWIRE",
};

export function wireName(printed: string): string | undefined {
  return wireNames[printed.toLowerCase().replace(/[^a-z]/g, "")];
}

/** "(Nasdaq: SONS)", "(Nasdaq:SONS)", "(NASDAQ: SONS)", "(Nasdaq NM: SONS)", "(NYSE: ABC)". */
const listingPattern =
  /\((?<exchange>[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?):\s*(?<ticker>[A-Z][A-Z.]*)\)/;

export type Listing = {
  readonly exchange: string;
  readonly ticker: string;
  /** The company as the lead names it before its listing: "Sonus Networks". */
  readonly company: string;
};

/** The listing in a lead sentence, which comes early in it. */
export function readListing(lead: string): Listing | undefined {
  const match = listingPattern.exec(lead.slice(0, maxDatelineLength * 2));
  const { exchange, ticker } = match?.groups ?? {};
  return match && exchange && ticker
    ? { exchange, ticker, company: lead.slice(0, match.index).trim() }
    : undefined;
}
