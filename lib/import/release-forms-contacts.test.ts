import { describe, expect, it } from "vitest";
import { REVIEW_MARKER } from "@/lib/content/authoring";
import { readFixture } from "@/lib/testing/import-fixtures";
import {
  fieldsOf,
  firstParagraph,
  imported,
  passesBuildChecks,
} from "@/lib/testing/release-forms";
import { importRelease } from "./import-release";

/** Matches a value the importer leaves for a person to write. */
const placeholder: unknown = expect.stringMatching(
  new RegExp(`^${REVIEW_MARKER}`),
);

describe("contact blocks", () => {
  const karenForInvestors = {
    role: "Investor Relations",
    organization: "Northwind Networks, Inc.",
    name: "Karen Albright",
    phone: "978-614-2210",
    email: "kalbright@example.com",
  };

  const forms = [
    [
      "contacts-block-after-body.txt",
      "CONTACT",
      [
        karenForInvestors,
        {
          role: "Media Relations",
          organization: "Northwind Networks, Inc.",
          name: "Paul Ostrowski",
          phone: "978-614-2275",
          email: "postrowski@example.com",
        },
      ],
    ],
    [
      "contacts-headed-before-dateline.txt",
      "Relations:",
      [
        {
          role: "Investor Relations",
          organization: "Acme Systems, Inc.",
          name: "Laura Chen",
          phone: "(408) 570-1100",
          email: "lchen@example.com",
        },
        {
          role: "Media Relations",
          organization: "Reddy Communications",
          name: "Tom Reddy",
          phone: "(415) 362-5018",
          email: "tom@example.net",
        },
      ],
    ],
    [
      "contacts-two-people.txt",
      "Contacts:",
      [
        {
          role: placeholder,
          organization: "Northwind Networks, Inc.",
          name: "Janet Ruiz",
          phone: "(617) 426-7100",
          email: "jruiz@example.com",
        },
        {
          role: placeholder,
          organization: "Sterling Financial Communications",
          name: "Mark Delaney",
          phone: "(212) 838-7500",
          email: "mdelaney@example.org",
        },
      ],
    ],
    [
      "contacts-for-more-information.txt",
      "For more information",
      [
        {
          role: placeholder,
          name: "Ellen Park",
          phone: "(408) 570-1142",
          email: "epark@example.com",
        },
      ],
    ],
    [
      "contacts-organization-first.txt",
      "Relations:",
      [
        {
          role: "Investor Relations",
          organization: "Example Corp.",
          name: "Rachel Stone",
          phone: "(617) 213-8860",
          email: "rstone@example.com",
        },
        {
          role: "Media Relations",
          organization: "Harbor Point Communications",
          name: "Gregory Tate",
          phone: "(617) 275-6500",
          email: "gtate@example.net",
        },
      ],
    ],
    [
      "contacts-three-people.txt",
      "Investor Contacts:",
      [
        {
          role: "Investor Relations",
          organization: "Acme Systems, Inc.",
          name: "Susan Lowell",
          phone: "(408) 570-1100",
          email: "slowell@example.com",
        },
        {
          role: "Investor Relations",
          organization: "Acme Systems, Inc.",
          name: "Brian Koenig",
          phone: "(408) 570-1142",
          email: "bkoenig@example.com",
        },
        {
          role: "Investor Relations",
          organization: "Alvarez & Webb Financial Communications",
          name: "Nina Alvarez",
          phone: "(212) 838-7512",
          email: "nalvarez@example.org",
        },
      ],
    ],
  ] as const;

  it.each(forms)(
    "%s: each person a contact, and the block (%s) out of the body",
    (fixture, heading, contacts) => {
      const { frontMatter, body } = imported(fixture);
      expect(frontMatter.contacts).toEqual(contacts);
      expect(body).not.toContain(heading);
      for (const { phone, email } of contacts) {
        expect(body).not.toContain(phone);
        expect(body).not.toContain(email);
      }
    },
  );

  it("contacts-headed-before-dateline.txt: the headline, dateline and lead after the blocks are read as such", () => {
    const { frontMatter, body } = imported(
      "contacts-headed-before-dateline.txt",
    );
    expect(frontMatter).toMatchObject({
      headline: "Acme Systems Reports Third Quarter 2005 Results",
      date: "2005-10-20",
      dateline: "SAN JOSE, Calif.",
      wire: "Business Wire",
      listing: { exchange: "Nasdaq", ticker: "ACME" },
    });
    expect(firstParagraph(body)).toBe(
      "Acme Systems, Inc. (Nasdaq: ACME), a maker of network security appliances, today reported revenue of $52.7 million for the third quarter ended September 30, 2005.",
    );
  });

  it("contacts-missing-email.txt: a person without an e-mail is kept, the e-mail left to a person, with a note", () => {
    const { frontMatter, body, notes } = imported("contacts-missing-email.txt");
    expect(frontMatter.contacts).toEqual([
      karenForInvestors,
      {
        role: "Media Relations",
        organization: "Northwind Networks, Inc.",
        name: "Paul Ostrowski",
        phone: "978-614-2275",
        email: placeholder,
      },
    ]);
    expect(fieldsOf(notes)).toContain("contacts[1].email");
    expect(body).not.toContain("978-614-2275");
  });

  passesBuildChecks([
    ...forms.map(([fixture]) => fixture),
    "contacts-missing-email.txt",
  ]);
});

describe("no contact block", () => {
  it("contacts-none.txt: the release is imported with no contacts, and a note says none was found", () => {
    const result = importRelease(readFixture("contacts-none.txt"));
    expect(result.kind).toBe("imported");
    const { frontMatter, notes } = imported("contacts-none.txt");
    expect(frontMatter.contacts).toEqual([]);
    expect(fieldsOf(notes)).toContain("contacts");
  });

  passesBuildChecks(["contacts-none.txt"]);
});
