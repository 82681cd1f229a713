import type { z } from "zod";
import { contactRoles, type contactSchema } from "@/lib/content/authoring";
import { findPhoneNumbers } from "@/lib/text/phone";
import { findLinks } from "./links";
import type { ImportNote } from "./notes";

export type ContactInput = z.input<typeof contactSchema>;
type ContactRole = (typeof contactRoles)[number];

/** The line is one e-mail address and nothing else. */
function emailOf(line: string): string | undefined {
  const [link, ...others] = findLinks(line);
  return link?.isEmail && others.length === 0 && link.text === line
    ? line
    : undefined;
}

/** Other ways releases head a role: "Investors:", "Media Contact:". */
const roleByHeading = new Map<string, ContactRole>(
  contactRoles.flatMap((role) => {
    const audience = role.split(" ")[0]?.toLowerCase() ?? role;
    const headings = [
      role.toLowerCase(),
      audience,
      `${audience}s`,
      `${audience} contact`,
      `${audience} contacts`,
      `${role.toLowerCase()} contact`,
    ];
    return headings.map((heading): [string, ContactRole] => [heading, role]);
  }),
);

/** "Investor Relations:" names a role; the schema's roles are the ones a release's contacts take. */
function roleOf(line: string): ContactRole | undefined {
  if (!line.endsWith(":")) return undefined;
  return roleByHeading.get(line.slice(0, -1).trim().toLowerCase());
}

/** A line only a CONTACT block holds: a role, "or", a telephone number or an e-mail address. */
export function isContactLine(line: string): boolean {
  const trimmed = line.trim();
  return (
    roleOf(trimmed) !== undefined ||
    trimmed.toLowerCase() === "or" ||
    findPhoneNumbers(trimmed).length > 0 ||
    findLinks(trimmed).some(({ isEmail }) => isEmail)
  );
}

type Draft = {
  role?: ContactRole;
  /** Lines that are neither role, phone nor e-mail: the contact's organisation and, when no line gives "Name, phone", its name. */
  plainLines: string[];
  name?: string;
  phone?: string;
  email?: string;
};

const emptyDraft = (role?: ContactRole): Draft => ({
  ...(role && { role }),
  plainLines: [],
});

const isFax = (label: string) => /^fax\b/i.test(label.trim());

/** "Tel:", "Phone:" before a number label it; anything else names the person. */
const isPhoneLabel = (text: string) => text.endsWith(":");

/**
 * Reads a CONTACT block: contacts separated by "or", a role line or a second
 * person under one role, each with "Name, phone" (or the name, then "Tel:
 * phone") and an e-mail address. An organisation line before the first role
 * applies to every contact; one inside a contact, to that contact only.
 */
export function readContacts(lines: readonly string[]): {
  contacts: ContactInput[];
  notes: ImportNote[];
} {
  const notes: ImportNote[] = [];
  let sharedOrganization: string | undefined;
  const drafts: Draft[] = [];
  let current = emptyDraft();
  const startContact = (role?: ContactRole) => {
    const { plainLines, ...fields } = current;
    if (plainLines.length > 0 || Object.keys(fields).length > 0)
      drafts.push(current);
    current = emptyDraft(role);
  };

  for (const line of lines.map((text) => text.trim()).filter(Boolean)) {
    const role = roleOf(line);
    const email = emailOf(line);
    const [phone, ...otherPhones] = findPhoneNumbers(line);
    if (line.toLowerCase() === "or") {
      startContact();
    } else if (role) {
      if (current.role) startContact();
      current.role = role;
    } else if (email) {
      current.email = email;
    } else if (phone && isFax(line.slice(0, phone.start))) {
      notes.push({
        field: "contacts",
        message: `${JSON.stringify(line)} is a fax number, which a contact has no field for; left out`,
      });
    } else if (phone) {
      const before = line.slice(0, phone.start).replace(/[\s,]+$/, "");
      // A second number under one role is a second person.
      if (current.phone) startContact(current.role);
      current.phone = phone.text;
      if (before && !isPhoneLabel(before)) current.name = before;
      const emailAfter = findLinks(line.slice(phone.end)).find(
        ({ isEmail }) => isEmail,
      );
      if (emailAfter) current.email = emailAfter.text;
      for (const other of otherPhones) {
        notes.push({
          field: "contacts",
          message: `${JSON.stringify(line)} gives a second number, ${other.text}, and a contact has one; add it by hand if it belongs`,
        });
      }
    } else if (
      drafts.length === 0 &&
      !current.role &&
      current.plainLines.length === 0
    ) {
      sharedOrganization = line;
    } else {
      // After a whole contact, a name line starts the next person under the same role.
      if (current.phone && current.email) startContact(current.role);
      current.plainLines.push(line);
    }
  }
  startContact();

  const contacts = drafts.flatMap((draft, index): ContactInput[] => {
    const field = `contacts[${index}]`;
    const { role, phone, email, plainLines } = draft;
    // Without "Name, phone", a lone line is the name; of two or more, which is the name is not certain.
    const name =
      draft.name ?? (plainLines.length === 1 ? plainLines[0] : undefined);
    const ownLines = draft.name ? plainLines : [];
    const [ownOrganization, ...unplaced] = ownLines;
    const organization = ownOrganization ?? sharedOrganization;
    for (const line of unplaced) {
      notes.push({
        field,
        message: `the line ${JSON.stringify(line)} is not a role, name, organisation, phone or e-mail; left out`,
      });
    }
    const missing = Object.entries({ role, name, phone, email })
      .filter(([, value]) => value === undefined)
      .map(([key]) => key);
    if (!role || !name || !phone || !email) {
      const shown = [role, ...plainLines, draft.name, phone, email].filter(
        Boolean,
      );
      const unsure =
        !name && plainLines.length > 1
          ? `which of ${plainLines.map((line) => JSON.stringify(line)).join(", ")} is the name is not certain`
          : `no ${missing.join(", ")} found`;
      notes.push({
        field,
        message: `${unsure} in ${JSON.stringify(shown.join(" / "))}; add this contact by hand`,
      });
      return [];
    }
    if (name.includes(",")) {
      notes.push({
        field: `${field}.name`,
        message: `${JSON.stringify(name)} may hold a title or an organisation beside the name; check it`,
      });
    }
    return [
      { role, ...(organization && { organization }), name, phone, email },
    ];
  });
  if (lines.length === 0 || contacts.length === 0) {
    notes.push({
      field: "contacts",
      message: "no CONTACT block with a name, phone and e-mail was found",
    });
  }
  return { contacts, notes };
}
