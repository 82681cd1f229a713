import type { z } from "zod";
import { contactRoles, type contactSchema } from "@/lib/content/schema";
import { findPhoneNumbers } from "@/lib/phone";
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

/** "Investor Relations:" names a role; the schema's roles are the ones a release's contacts take. */
function roleOf(line: string): ContactRole | undefined {
  if (!line.endsWith(":")) return undefined;
  const name = line.slice(0, -1).trim().toLowerCase();
  return contactRoles.find((role) => role.toLowerCase() === name);
}

type Draft = {
  role?: ContactRole;
  organization?: string;
  name?: string;
  phone?: string;
  email?: string;
};

/**
 * Reads a CONTACT block: contacts separated by "or", each with a role line,
 * "Name, phone" and an e-mail address. An organisation line before the first
 * role applies to every contact; one inside a contact, to that contact only.
 */
export function readContacts(lines: readonly string[]): {
  contacts: ContactInput[];
  notes: ImportNote[];
} {
  const notes: ImportNote[] = [];
  let sharedOrganization: string | undefined;
  const drafts: Draft[] = [];
  let current: Draft = {};
  const startContact = () => {
    if (Object.keys(current).length > 0) drafts.push(current);
    current = {};
  };

  for (const line of lines.map((text) => text.trim()).filter(Boolean)) {
    const role = roleOf(line);
    const email = emailOf(line);
    const [phone] = findPhoneNumbers(line);
    if (line.toLowerCase() === "or") {
      startContact();
    } else if (role) {
      if (current.role) startContact();
      current.role = role;
    } else if (email) {
      current.email = email;
    } else if (phone) {
      current.phone = phone.text;
      const name = line.slice(0, phone.start).replace(/[\s,:]+$/, "");
      if (name) current.name = name;
    } else if (drafts.length === 0 && !current.role && !current.name) {
      sharedOrganization = line;
    } else if (!current.organization && !current.name) {
      current.organization = line;
    } else {
      notes.push({
        field: "contacts",
        message: `the line ${JSON.stringify(line)} is not a role, name, phone or e-mail; left out`,
      });
    }
  }
  startContact();

  const contacts = drafts.flatMap((draft, index): ContactInput[] => {
    const { role, name, phone, email } = draft;
    const organization = draft.organization ?? sharedOrganization;
    const missing = Object.entries({ role, name, phone, email })
      .filter(([, value]) => value === undefined)
      .map(([key]) => key);
    if (!role || !name || !phone || !email) {
      notes.push({
        field: `contacts[${index}]`,
        message: `no ${missing.join(", ")} found in ${JSON.stringify(Object.values(draft).join(" / "))}; add this contact by hand`,
      });
      return [];
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
