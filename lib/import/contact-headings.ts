import type { contactRoles } from "@/lib/content/authoring";

/** The headings of contact blocks: "CONTACT:", "Investor Relations:", "Acme Media Relations:". */

type ContactRole = (typeof contactRoles)[number];

/** "CONTACT:", "Contacts:", "For more information, contact:": a heading that names no role. */
export const generalHeading =
  /^(?:contacts?|for (?:more|further) information,? (?:please )?contact):\s*/i;
/** "Investor Relations:", "Investors:", "IR Contact:", "Media Contact:", "Press Inquiries:", each perhaps after the company's name. */
const roleHeadings: readonly [RegExp, ContactRole][] = [
  [
    /\b(?:investors?(?: relations)?|IR)(?: contacts?| inquiries)?:$/i,
    "Investor Relations",
  ],
  [
    /\b(?:(?:media|press|public)(?: relations)?|PR)(?: contacts?| inquiries)?:$/i,
    "Media Relations",
  ],
];
/**
 * What may stand before a heading's role words: nothing, or a name of a few
 * capitalised words, "Acme" or "Acme Networks, Inc.", but not a title such
 * as "Notice To Investors:".
 */
const beforeRole = /^(?:(?:[A-Z0-9][\w&'.-]*,? ){1,5})?$/;
const endsInPreposition = /\b(?:for|to|of|from|with|at|by|and)\s*$/i;

/**
 * Any other short line that ends with a colon and speaks of contacts:
 * "Investor and Media Contacts:", "For investor inquiries:", "Acme Analyst
 * Relations:". Its role is the one of the two it names, if only one.
 */
const maxLooseHeadingWords = 6;
const contactWord = /\b(?:contacts?|relations|inquiries)\b/i;
const investorWord = /\b(?:investors?|IR)\b/i;
const mediaWord = /\b(?:media|press|public|PR)\b/i;

function looseHeading(
  line: string,
): { role: ContactRole | undefined } | undefined {
  if (
    !line.endsWith(":") ||
    line.split(/\s+/).length > maxLooseHeadingWords ||
    !contactWord.test(line)
  )
    return undefined;
  const investors = investorWord.test(line);
  const media = mediaWord.test(line);
  if (investors === media) return { role: undefined };
  return { role: investors ? "Investor Relations" : "Media Relations" };
}

/** A contact heading on a line of its own, and the role it names, if any; undefined for a line that is none. */
export function readHeading(
  line: string,
): { role: ContactRole | undefined } | undefined {
  for (const [pattern, role] of roleHeadings) {
    const match = pattern.exec(line);
    const before = match ? line.slice(0, match.index) : "";
    if (match && beforeRole.test(before) && !endsInPreposition.test(before))
      return { role };
  }
  return looseHeading(line);
}
