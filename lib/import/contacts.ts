import type { z } from "zod";
import {
  type contactRoles,
  type contactSchema,
  reviewPlaceholder,
  type ReviewPlaceholder,
} from "@/lib/content/authoring";
import { findPhoneNumbers, type PhoneInText } from "@/lib/text/phone";
import { findLinks } from "@/lib/text/links";
import { generalHeading, readHeading } from "./contact-headings";
import type { ImportNote } from "./notes";

type ContactRole = (typeof contactRoles)[number];
/** A contact as imported: its role may be left for a person to choose. */
export type ContactInput = Omit<z.input<typeof contactSchema>, "role"> & {
  role: ContactRole | ReviewPlaceholder;
};

/** Words that end an organisation's name rather than a person's: "Sonus Networks", "Example Corp.". */
const organizationWord =
  /\b(?:inc|corp|corporation|company|co|llc|ltd|plc|group|networks?|systems|communications|technologies|partners|associates|agency|holdings|relations)\b\.?,?$/i;
const faxLabel = /^fax\b/i;

const emailIn = (line: string) =>
  findLinks(line).find(({ isEmail }) => isEmail);

export function isContactHeading(line: string): boolean {
  return generalHeading.test(line) || readHeading(line) !== undefined;
}

/** A line only a contact block holds: a heading, "or", a telephone number or an e-mail address. */
export function isContactLine(line: string): boolean {
  return (
    isContactHeading(line) ||
    line.toLowerCase() === "or" ||
    findPhoneNumbers(line).length > 0 ||
    emailIn(line) !== undefined
  );
}

const holdsNumberOrAddress = (lines: readonly string[]) =>
  lines.some(
    (line) => findPhoneNumbers(line).length > 0 || emailIn(line) !== undefined,
  );

type Person = {
  role: ContactRole | undefined;
  /** A name printed before the number: "Jocelyn Philbrook, 978-589-8672". */
  name?: string;
  phone?: string;
  email?: string;
  /** Lines that are neither heading, number nor address: the name and organisation, in some order. */
  plainLines: string[];
};

const holdsAnything = ({ name, phone, email, plainLines }: Person) =>
  Boolean(name || phone || email || plainLines.length > 0);

/** The person's name and organisation from lines that are neither number nor address; the lines left unplaced. */
function nameAndOrganization({ name, plainLines }: Person) {
  if (name)
    return { name, organization: plainLines[0], unplaced: plainLines.slice(1) };
  const isOrganization = (line: string) => organizationWord.test(line);
  const [organization, ...otherOrganizations] =
    plainLines.filter(isOrganization);
  const others = plainLines.filter((line) => !isOrganization(line));
  return others.length > 1
    ? { name: undefined, organization, unplaced: others }
    : { name: others[0], organization, unplaced: otherOrganizations };
}

/** The contact, with a placeholder for each field the text does not give. */
function toContact(
  person: Person,
  field: string,
  shared: string | undefined,
  notes: ImportNote[],
): ContactInput {
  const { name, organization = shared, unplaced } = nameAndOrganization(person);
  const note = (key: string, message: string) =>
    notes.push({ field: key ? `${field}.${key}` : field, message });
  const missing = (key: string, request: string) => {
    note(key, `not found in the contact block; ${request}`);
    return reviewPlaceholder(`the contact's ${key}: ${request}`);
  };
  if (name?.includes(","))
    note(
      "name",
      `${JSON.stringify(name)} may hold a title or an organisation beside the name; check it`,
    );
  if (name)
    for (const line of unplaced)
      note(
        "",
        `the line ${JSON.stringify(line)} is not a role, name, organisation, phone or e-mail; left out`,
      );
  const unsure = `which of ${unplaced.map((line) => JSON.stringify(line)).join(", ")} is the name is not certain`;
  return {
    role:
      person.role ??
      missing(
        "role",
        "Investor Relations or Media Relations, as the heading gives none",
      ),
    ...(organization && { organization }),
    name: name ?? missing("name", unplaced.length > 1 ? unsure : "write it"),
    phone: person.phone ?? missing("phone", "write it as printed"),
    email: person.email ?? missing("email", "write it"),
  };
}

/** Reads one line into the people read so far; returns whether it starts a new person. */
function readLine(
  line: string,
  person: Person,
  phones: readonly PhoneInText[],
  notes: ImportNote[],
): boolean {
  const email = emailIn(line);
  const [phone, ...otherPhones] = phones;
  if (phone && faxLabel.test(line)) {
    notes.push({
      field: "contacts",
      message: `${JSON.stringify(line)} is a fax number, which a contact has no field for; left out`,
    });
    return false;
  }
  if (phone) {
    const before = line.slice(0, phone.start).replace(/[\s,]+$/, "");
    if (person.phone || (before && !before.endsWith(":") && person.name))
      return true;
    person.phone = phone.text;
    if (before && !before.endsWith(":")) person.name = before;
    for (const other of otherPhones)
      notes.push({
        field: "contacts",
        message: `${JSON.stringify(line)} gives a second number, ${other.text}, and a contact has one; add it by hand if it belongs`,
      });
  }
  if (email) {
    if (person.email && !phone) return true;
    person.email = email.text;
  }
  if (!phone && !email) {
    if (person.phone && person.email) return true;
    person.plainLines.push(line);
  }
  return false;
}

/**
 * Reads contact blocks: a role heading ("Investor Relations:") or one that
 * names none ("Contacts:"), then one to three people, each with a name,
 * organisation, phone and e-mail in any order, apart by "or", a blank line or
 * the next name. An organisation before the first heading is everyone's.
 */
export function readContacts(blocks: readonly (readonly string[])[]): {
  contacts: ContactInput[];
  notes: ImportNote[];
} {
  const notes: ImportNote[] = [];
  const people: Person[] = [];
  let shared: string | undefined;
  let role: ContactRole | undefined;
  const newPerson = () => people.push({ role, plainLines: [] });
  for (const block of blocks) {
    // A heading that names no role starts contacts of no role yet.
    if (generalHeading.test(block[0]?.trim() ?? "")) role = undefined;
    const firstOfBlock = people.length;
    newPerson();
    for (const raw of block) {
      const line = raw.trim().replace(generalHeading, "");
      const current = people.at(-1);
      if (!line || !current) continue;
      const heading = readHeading(line);
      if (heading) {
        const { plainLines, name, phone, email } = current;
        if (
          !current.role &&
          !name &&
          !phone &&
          !email &&
          plainLines.length === 1
        )
          shared = plainLines.pop();
        role = heading.role;
        if (current.role || holdsAnything(current)) newPerson();
        (people.at(-1) ?? current).role = role;
      } else if (line.toLowerCase() === "or") newPerson();
      else if (readLine(line, current, findPhoneNumbers(line), notes)) {
        newPerson();
        readLine(line, people.at(-1) ?? current, findPhoneNumbers(line), notes);
      }
    }
    if (
      !people.slice(firstOfBlock).some(holdsAnything) &&
      holdsNumberOrAddress(block)
    )
      notes.push({
        field: "contacts",
        message: `the block ${JSON.stringify(block.map((line) => line.trim()).join(" / "))} looks like contacts but gives no contact the importer can read; add them by hand`,
      });
  }
  const found = people.filter(holdsAnything);
  if (found.length === 0)
    notes.push({
      field: "contacts",
      message:
        blocks.length === 0
          ? "no contact block found; written as contacts: [], which says the release names none: check it"
          : "the contact blocks give no contact; written as contacts: [], which says the release names none: add them by hand",
    });
  const contacts = found.map((person, index) =>
    toContact(person, `contacts[${index}]`, shared, notes),
  );
  return { contacts, notes };
}
