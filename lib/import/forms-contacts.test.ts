import { describe, expect, it } from "vitest";
import { REVIEW_MARKER } from "@/lib/content/authoring";
import { readFixture } from "@/lib/testing/import-fixtures";
import { imported, jocelynForInvestors } from "@/lib/testing/import-forms";
import { importRelease } from "./import-release";

describe("the CONTACT block", () => {
  const contacts = [
    {
      role: "Investor Relations",
      organization: "Sonus Networks, Inc.",
      name: "Jocelyn Philbrook",
      phone: "978-614-8672",
      email: "jphilbrook@sonusnet.com",
    },
    {
      role: "Media Relations",
      organization: "Sonus Networks, Inc.",
      name: "Beth Morrissey",
      phone: "978-614-8579",
      email: "bmorrissey@sonusnet.com",
    },
  ];

  it("after the body: each contact, with the organisation named above them all", () => {
    const { frontMatter, body } = imported("contact-after-body.txt");
    expect(frontMatter.contacts).toEqual(contacts);
    expect(body).not.toContain("CONTACT");
  });

  it("before the body: the same contacts, and the body still starts after the dateline", () => {
    const { frontMatter, body } = imported("contact-before-body.txt");
    expect(frontMatter.contacts).toEqual(contacts);
    expect(frontMatter.headline).toBe(
      "Sonus Networks Schedules First Quarter 2005 Results Call",
    );
    expect(body.startsWith("Sonus Networks (Nasdaq: SONS)")).toBe(true);
    expect(body).not.toContain("CONTACT");
  });

  it("separated by a blank line: both contacts, and neither reaches the call", () => {
    const { frontMatter, call } = imported("contacts-blank-separated.txt");
    expect(
      frontMatter.contacts.map(({ role, name, phone }) => [role, name, phone]),
    ).toEqual([
      ["Investor Relations", "Jocelyn Philbrook", "978-589-8672"],
      ["Media Relations", "Laureen McGowan", "617-275-6515"],
    ]);
    expect(call?.dialIn).toEqual([{ number: "(888) 882-0115" }]);
  });

  it("two people under one role: each is a contact with that role", () => {
    const { frontMatter } = imported("contacts-two-under-one-role.txt");
    expect(frontMatter.contacts).toEqual([
      {
        role: "Investor Relations",
        organization: "Sonus Networks",
        name: "Jocelyn Philbrook",
        phone: "978-589-8672",
        email: "jphilbrook@sonusnet.com",
      },
      {
        role: "Investor Relations",
        organization: "Sonus Networks",
        name: "Beth Morrissey",
        phone: "978-614-8579",
        email: "bmorrissey@sonusnet.com",
      },
    ]);
  });

  it("the name on its own line, then 'Tel:', under 'Investors:' and 'Media:'; an agency's line is its organisation", () => {
    const { frontMatter, notes } = imported("contacts-name-then-tel.txt");
    expect(frontMatter.contacts).toEqual([
      jocelynForInvestors,
      {
        role: "Media Relations",
        organization: "Greenough Communications",
        name: "Laureen McGowan",
        phone: "617-275-6515",
        email: "lmcgowan@greenoughcom.com",
      },
    ]);
    expect(notes.map(({ field }) => field)).not.toContain("contacts[1]");
  });

  it("name, phone and e-mail on one line; a second number is reported, not dropped", () => {
    const { frontMatter, notes } = imported("contacts-one-line-each.txt");
    expect(
      frontMatter.contacts.map(({ name, phone, email }) => [
        name,
        phone,
        email,
      ]),
    ).toEqual([
      ["Jocelyn Philbrook", "978-589-8672", "jphilbrook@sonusnet.com"],
      ["Laureen McGowan", "617-275-6515", "lmcgowan@greenoughcom.com"],
    ]);
    expect(notes).toContainEqual({
      field: "contacts",
      message:
        '"Jocelyn Philbrook, 978-589-8672 or 978-614-8672, jphilbrook@sonusnet.com" gives a second number, 978-614-8672, and a contact has one; add it by hand if it belongs',
    });
  });
});

describe("what a person must check", () => {
  it("a name printed with a title beside it", () => {
    const { frontMatter, notes } = imported("contact-name-with-title.txt");
    expect(frontMatter.contacts[0]?.name).toBe("Jocelyn Philbrook, Director");
    expect(notes).toContainEqual({
      field: "contacts[0].name",
      message:
        '"Jocelyn Philbrook, Director" may hold a title or an organisation beside the name; check it',
    });
  });

  it("replay numbers in a sentence that also speaks of the live call", () => {
    const { call, notes } = imported("replay-of-live-call.txt");
    expect(call?.replay?.telephone?.numbers).toEqual([
      { number: "(800) 633-8284" },
    ]);
    expect(notes).toContainEqual({
      field: "calls[0].replay.telephone.numbers",
      message:
        '"A telephone playback of the live call will be available following the conference and can be accessed by calling (800) 633-8284." speaks of the live call and of the replay; check that (800) 633-8284 is the replay\'s',
    });
  });
});

describe("nothing in a CONTACT block is dropped unsaid", () => {
  it("an e-mail address alone is kept, with a placeholder and a note for each missing field", () => {
    const text = readFixture("contact-after-body.txt").replace(
      / {4}CONTACT:[\s\S]*$/,
      "    CONTACT: ir@sonusnet.com\n",
    );
    expect(text).toContain("CONTACT: ir@sonusnet.com");
    const result = importRelease(text);
    if (result.kind !== "imported") throw new Error("not imported");
    const [contact, ...others] = result.frontMatter.contacts;
    expect(others).toEqual([]);
    expect(contact?.email).toBe("ir@sonusnet.com");
    for (const field of ["role", "name", "phone"] as const) {
      expect(contact?.[field]).toMatch(new RegExp(`^${REVIEW_MARKER}`));
      expect(result.notes.map((note) => note.field)).toContain(
        `contacts[0].${field}`,
      );
    }
  });
});
