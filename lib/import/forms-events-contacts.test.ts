import { describe, expect, it } from "vitest";
import { REVIEW_MARKER } from "@/lib/content/authoring";
import { importText, readFixture } from "@/lib/testing/import-fixtures";
import {
  fieldsOf,
  imported,
  passesBuildChecks,
} from "@/lib/testing/release-forms";
import { isContactHeading } from "./contacts";

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Matches a value the importer leaves for a person to write, which names what it is given. */
const placeholder = (naming: string): unknown =>
  expect.stringMatching(
    new RegExp(`^${escaped(REVIEW_MARKER)}.*${escaped(naming)}`),
  );

/** The fixture's text with one passage replaced, checked to be there. */
function variant(fixture: string, passage: string, replacement: string) {
  const text = readFixture(fixture);
  expect(text).toContain(passage);
  return importText(text.replace(passage, replacement), fixture);
}

const messagesOf = (notes: readonly { message: string }[]) =>
  notes.map(({ message }) => message);

describe("a presentation at a conference given as a block of short lines", () => {
  it("presentation-lines.txt: a presentation with its place, speaker, day and local time, and webcast", () => {
    const { call, frontMatter, notes } = imported("presentation-lines.txt");
    expect(call).toEqual({
      kind: "presentation",
      title: placeholder(
        '"Presentation at Granite Peak Technology Conference"',
      ),
      place: "San Francisco, California",
      speakers: ["Dana Whitcomb, Chief Financial Officer"],
      date: "2005-09-07",
      time: "14:30",
      zone: placeholder("San Francisco, California"),
      dialIn: [],
      webcast: {
        access: "www.example.com/investors",
        url: "http://www.example.com/investors",
      },
    });
    // The day is the presentation's, not an event of the timeline's.
    expect(frontMatter.events).toBeUndefined();
    expect(fieldsOf(notes)).toContain("calls[0].zone");
    expect(fieldsOf(notes)).not.toContain("calls[0].time");
  });

  it("presentation-lines.txt: the body keeps each line a paragraph of its own, none a heading", () => {
    const { body } = imported("presentation-lines.txt");
    expect(body).toContain(
      [
        "Halyard Networks will present at the following investor conference:",
        "Granite Peak Technology Conference",
        "San Francisco, California",
        "Wednesday, September 7, 2005, 2:30 pm",
        "Speaker: Dana Whitcomb, Chief Financial Officer",
        "A live audio webcast of the presentation will be available at www.example.com/investors.",
      ].join("\n\n"),
    );
    expect(body).not.toContain("## Granite");
    expect(body).not.toContain("## San Francisco");
  });

  it("presentation-lines-hanging.txt: the wire's indented lines, a venue, two speakers and an archive at the same address", () => {
    const { call, body, notes } = imported("presentation-lines-hanging.txt");
    expect(call).toMatchObject({
      kind: "presentation",
      place: "Moscone West, San Francisco, California",
      speakers: [
        "Lee Okafor, President and Chief Executive Officer",
        "Dana Whitcomb, Chief Financial Officer",
      ],
      date: "2005-09-07",
      time: "14:30",
      webcast: { url: "http://www.example.com/investors" },
      replay: {
        webcast: {
          url: "http://www.example.com/investors",
          through: "2005-10-07",
        },
      },
    });
    expect(body).not.toMatch(/^## /m);
    expect(fieldsOf(notes)).not.toContain("calls[0].replay.webcast");
  });

  it("a prose paragraph whose lines end early is not taken for a list: replay-through-next-year.txt", () => {
    const { call, body } = imported("replay-through-next-year.txt");
    expect(call).toMatchObject({ time: "16:45", zone: "America/New_York" });
    expect(body).toContain(
      "Sonus Networks will host the call today, March 3, 2005, at 4:45 p.m. Eastern time. To listen via telephone,",
    );
  });

  passesBuildChecks([
    "presentation-lines.txt",
    "presentation-lines-hanging.txt",
  ]);
});

describe("contact headings with the company's name in front", () => {
  it("contacts-company-headings.txt: 'Halyard Investor Relations:' and 'Halyard Media Relations:' before the dateline", () => {
    const { frontMatter, body, notes } = imported(
      "contacts-company-headings.txt",
    );
    expect(frontMatter.contacts).toEqual([
      {
        role: "Investor Relations",
        name: "Dana Whitcomb",
        phone: "(603) 555-0148",
        email: "dwhitcomb@example.com",
      },
      {
        role: "Media Relations",
        organization: "Menon Public Relations",
        name: "Ravi Menon",
        phone: "(617) 555-0190",
        email: "ravi@example.net",
      },
    ]);
    expect(frontMatter.headline).toBe(
      "Halyard Networks Reports Second Quarter 2005 Results",
    );
    expect(body).not.toContain("Relations:");
    expect(
      fieldsOf(notes).filter((field) => field.startsWith("contacts")),
    ).toEqual([]);
  });

  it("contacts-company-heading-contact.txt: 'Halyard Networks Investor Relations Contact:'", () => {
    const { frontMatter, notes } = imported(
      "contacts-company-heading-contact.txt",
    );
    expect(frontMatter.contacts).toEqual([
      {
        role: "Investor Relations",
        name: "Dana Whitcomb",
        phone: "(603) 555-0148",
        email: "dwhitcomb@example.com",
      },
    ]);
    expect(fieldsOf(notes)).not.toContain("contacts");
  });

  it.each([
    "Acme Investor Relations:",
    "Acme Networks, Inc. Media Relations:",
    "Acme Networks Investor Relations Contact:",
    "IR Contact:",
    "Press Inquiries:",
    "Acme Contacts:",
    "Investor and Media Contacts:",
    "For investor inquiries:",
  ])("reads %s as a contact heading", (line) => {
    expect(isContactHeading(line)).toBe(true);
  });

  it.each([
    "Acme will present at the following investor conference:",
    "Notice To Investors:",
    "To listen via telephone:",
    "Investor Relations",
  ])("does not read %s as a contact heading", (line) => {
    expect(isContactHeading(line)).toBe(false);
  });

  it("a heading of both roles or of none gives contacts whose role a person writes, and says so", () => {
    const { frontMatter, notes } = variant(
      "contacts-company-heading-contact.txt",
      "Halyard Networks Investor Relations Contact:",
      "Investor and Media Contacts:",
    );
    expect(frontMatter.contacts).toEqual([
      {
        role: placeholder("Investor Relations or Media Relations"),
        name: "Dana Whitcomb",
        phone: "(603) 555-0148",
        email: "dwhitcomb@example.com",
      },
    ]);
    expect(fieldsOf(notes)).toContain("contacts[0].role");
  });

  it("a block with a role heading and a number that gives no contact is said so, not written as contacts: [] silently", () => {
    const { frontMatter, notes } = variant(
      "contacts-company-heading-contact.txt",
      "Dana Whitcomb, (603) 555-0148\ndwhitcomb@example.com",
      "Fax: (603) 555-0149",
    );
    expect(frontMatter.contacts).toEqual([]);
    expect(messagesOf(notes)).toContain(
      'the block "Halyard Networks Investor Relations Contact: / Fax: (603) 555-0149" looks like contacts but gives no contact the importer can read; add them by hand',
    );
    expect(messagesOf(notes)).not.toContain(
      "no contact block found; written as contacts: [], which says the release names none: check it",
    );
  });

  passesBuildChecks([
    "contacts-company-headings.txt",
    "contacts-company-heading-contact.txt",
  ]);
});

describe("a webcast replay found by 'go to … at http://…'", () => {
  it("replay-go-to-site.txt: the webcast replay's place and last day; no telephone replay", () => {
    const { call, notes } = imported("replay-go-to-site.txt");
    expect(call?.replay).toEqual({
      webcast: {
        access:
          "the investor relations section of Halyard's web site at http://www.example.com/ir",
        url: "http://www.example.com/ir",
        through: "2005-05-12",
      },
    });
    expect(fieldsOf(notes)).not.toContain("calls[0].replay.webcast");
    expect(fieldsOf(notes)).not.toContain("calls[0].replay.telephone");
  });

  it("an address 'available at www.… through …' leaves the day out of the place: call-prose-webcast-replay.txt", () => {
    const { call } = imported("call-prose-webcast-replay.txt");
    expect(call?.replay?.webcast?.access).toBe("www.example.com/investors");
  });

  passesBuildChecks(["replay-go-to-site.txt"]);
});

describe("'Date:' and 'Time:' lines after a call in prose", () => {
  it("call-prose-date-time-lines.txt: the call's day and time from the lines, which are no event", () => {
    const { call, frontMatter, body, notes } = imported(
      "call-prose-date-time-lines.txt",
    );
    expect(call).toMatchObject({
      date: "2005-04-28",
      time: "17:00",
      zone: "America/New_York",
      dialIn: [{ number: "(888) 555-0101" }],
    });
    expect(call?.kind).toBeUndefined();
    expect(
      (frontMatter.events ?? []).filter(({ quote }) =>
        quote.startsWith("Date:"),
      ),
    ).toEqual([]);
    expect(body).toContain(
      "Date: Thursday, April 28, 2005\n\nTime: 5:00 p.m. Eastern Time",
    );
    expect(fieldsOf(notes)).not.toContain("calls[0].time");
  });

  passesBuildChecks(["call-prose-date-time-lines.txt"]);
});

/**
 * Each note that says the text lacks something is printed when it does, and
 * not for a text that has it: a fixture with the thing, and a variation of
 * one without it.
 */
describe("a note that something is missing only when it is", () => {
  const cases: {
    message: string;
    has: string;
    lacks: () => ReturnType<typeof importText>;
  }[] = [
    {
      message: "the text is about a call but gives no start time",
      has: "presentation-lines.txt",
      lacks: () =>
        variant(
          "presentation-lines.txt",
          "    Wednesday, September 7, 2005, 2:30 pm\n",
          "",
        ),
    },
    {
      message: "no day found beside the call's time",
      has: "call-prose-date-time-lines.txt",
      lacks: () =>
        variant(
          "call-prose-date-time-lines.txt",
          "    Date: Thursday, April 28, 2005\n",
          "",
        ),
    },
    {
      message: "no time zone named after",
      has: "call-prose-date-time-lines.txt",
      lacks: () => imported("presentation-lines.txt"),
    },
    {
      message: "no dial-in number or webcast found",
      has: "presentation-lines.txt",
      lacks: () =>
        variant(
          "presentation-lines.txt",
          "    A live audio webcast of the presentation will be available at\n    www.example.com/investors.\n",
          "",
        ),
    },
    {
      message: "but no sentence says where",
      has: "replay-go-to-site.txt",
      lacks: () =>
        variant(
          "replay-go-to-site.txt",
          " To\naccess the replay, go to the investor relations section of Halyard's web\nsite at http://www.example.com/ir.",
          "",
        ),
    },
    {
      message: "a telephone replay is described but no number to call",
      has: "replay-go-to-site.txt",
      lacks: () =>
        variant(
          "replay-go-to-site.txt",
          "A replay of the webcast will be",
          "A telephone replay of the call will be",
        ),
    },
    {
      message: "not found in the contact block",
      has: "contacts-company-headings.txt",
      lacks: () =>
        variant("contacts-company-headings.txt", "dwhitcomb@example.com\n", ""),
    },
    {
      message: "no contact block found",
      has: "contacts-company-headings.txt",
      lacks: () => imported("contacts-none.txt"),
    },
    {
      message: "the contact blocks give no contact",
      has: "contacts-company-headings.txt",
      lacks: () =>
        variant(
          "contacts-company-heading-contact.txt",
          "Dana Whitcomb, (603) 555-0148\ndwhitcomb@example.com",
          "Fax: (603) 555-0149",
        ),
    },
    {
      message: "looks like contacts but gives no contact",
      has: "contacts-company-headings.txt",
      lacks: () =>
        variant(
          "contacts-company-heading-contact.txt",
          "Dana Whitcomb, (603) 555-0148\ndwhitcomb@example.com",
          "Fax: (603) 555-0149",
        ),
    },
  ];

  it.each(cases)(
    "$message: not printed for $has, which has it",
    ({ message, has }) => {
      const { notes } = imported(has);
      expect(
        messagesOf(notes).filter((printed) => printed.includes(message)),
      ).toEqual([]);
    },
  );

  it.each(cases)(
    "$message: printed for a text that lacks it",
    ({ message, lacks }) => {
      const { notes } = lacks();
      expect(
        messagesOf(notes).filter((printed) => printed.includes(message)),
      ).toHaveLength(1);
    },
  );
});
