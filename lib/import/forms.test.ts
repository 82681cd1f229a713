import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { calendarDateSchema } from "@/lib/time/calendar-date";
import { readReleaseSource, REVIEW_MARKER } from "@/lib/content/authoring";
import { importRelease } from "./import-release";

const fixtures = path.join(import.meta.dirname, "__fixtures__");

/** The investor contact most fixtures print, without an organisation line. */
const jocelynForInvestors = {
  role: "Investor Relations",
  name: "Jocelyn Philbrook",
  phone: "978-589-8672",
  email: "jphilbrook@sonusnet.com",
};

/** Imports a fixture and checks the result as the build would, placeholders apart. */
function imported(fixture: string) {
  const result = importRelease(
    fs.readFileSync(path.join(fixtures, fixture), "utf8"),
  );
  if (result.kind !== "imported")
    throw new Error(`${fixture}: ${JSON.stringify(result.notes)}`);
  const checked = readReleaseSource(
    `content/releases/${result.fileSlug}.md`,
    result.markdown,
    {
      allowReviewPlaceholders: true,
    },
  );
  if (!checked.ok)
    throw new Error(
      `${fixture} fails the content checks: ${JSON.stringify(checked.problems)}`,
    );
  const [call] = result.frontMatter.calls ?? [];
  return { ...result, call, release: checked.value };
}

describe("phone numbers as releases print them", () => {
  it.each([
    ["phone-parenthesised.txt", "(888) 882-0115", "+18888820115"],
    ["phone-plus-one.txt", "+1-888-326-7098", "+18883267098"],
    ["phone-dotted.txt", "888.882.0115", "+18888820115"],
    ["phone-dashed.txt", "888-882-0115", "+18888820115"],
  ])(
    "%s: the first dial-in is %s, kept as printed",
    (fixture, printed, e164) => {
      const { call, release } = imported(fixture);
      expect(call?.dialIn?.map(({ number }) => number)).toEqual([
        printed,
        "(415) 537-1985",
      ]);
      expect(release.calls[0]?.dialIn[0]).toMatchObject({
        text: printed,
        e164,
      });
    },
  );

  it("reads a contact's number written 978-589-8672", () => {
    const { frontMatter, release } = imported("phone-dashed.txt");
    expect(frontMatter.contacts[0]?.phone).toBe("978-589-8672");
    expect(release.contacts[0]?.phone).toMatchObject({
      text: "978-589-8672",
      e164: "+19785898672",
    });
  });
});

describe("call times as releases write them", () => {
  it.each([
    [
      "time-pm-eastern-time.txt",
      "2005-04-28",
      "16:45",
      "2005-04-28T20:45:00.000Z",
    ],
    ["time-am-eastern.txt", "2005-04-28", "08:30", "2005-04-28T12:30:00.000Z"],
    ["time-am-edt.txt", "2005-04-28", "10:30", "2005-04-28T14:30:00.000Z"],
    [
      "time-pm-eastern-today.txt",
      "2005-04-28",
      "16:45",
      "2005-04-28T20:45:00.000Z",
    ],
  ])(
    "%s: the call starts %s at %s New York time",
    (fixture, date, time, instant) => {
      const { call, release } = imported(fixture);
      expect(call).toMatchObject({ date, time, zone: "America/New_York" });
      expect(release.calls[0]?.timing).toMatchObject({
        kind: "exact",
        startsAt: Date.parse(instant),
      });
    },
  );

  it("reads 'at noon Eastern time'", () => {
    const { call, notes } = imported("time-noon-eastern.txt");
    expect(call).toMatchObject({
      date: "2005-04-28",
      time: "12:00",
      zone: "America/New_York",
    });
    expect(notes).toEqual([]);
  });

  it("takes '4:30 p.m. ET (1:30 p.m. PT)' for one start, not two calls", () => {
    const { call, notes } = imported("time-with-second-zone.txt");
    expect(call).toMatchObject({
      date: "2005-04-28",
      time: "16:30",
      zone: "America/New_York",
    });
    expect(notes).toEqual([]);
  });

  it("leaves out a zone the release contradicts (EDT in January) and says why", () => {
    const { call, notes } = imported("time-edt-in-winter.txt");
    expect(call).toMatchObject({ date: "2005-01-27", time: "10:30" });
    expect(call?.zone).toBeUndefined();
    expect(notes).toContainEqual({
      field: "calls[0].zone",
      message:
        "the release says EDT, but America/New_York keeps EST on 2005-01-27; left out",
    });
  });
});

describe("which time is the call's", () => {
  const base = fs.readFileSync(
    path.join(fixtures, "phone-parenthesised.txt"),
    "utf8",
  );
  const importText = (text: string) => {
    const result = importRelease(text);
    if (result.kind !== "imported") throw new Error("not imported");
    return result;
  };

  it("does not take a replay's start time for the call's", () => {
    const text = base.replace(
      "following the conference and",
      "from 7:45 p.m. Eastern time and",
    );
    expect(text).not.toBe(base);
    const { frontMatter, notes } = importText(text);
    expect(frontMatter.calls?.[0]?.time).toBe("16:45");
    expect(notes).toEqual([]);
  });

  it("imports the first of two calls and says the second needs a person", () => {
    const text = base.replace(
      "To listen via telephone,",
      "A second call follows on April 29, 2005 at 11:00 a.m. Eastern time. To listen via telephone,",
    );
    expect(text).not.toBe(base);
    const { frontMatter, notes } = importText(text);
    expect(frontMatter.calls?.map(({ time }) => time)).toEqual(["16:45"]);
    expect(notes.map(({ field }) => field)).toContain("calls");
  });
});

describe("the call section", () => {
  it("parts a sentence at its semicolon: the live number is the dial-in, the other the replay's", () => {
    const { call } = imported("call-and-replay-in-one-sentence.txt");
    expect(call?.dialIn).toEqual([{ number: "(888) 882-0115" }]);
    expect(call?.replay?.telephone).toEqual({
      numbers: [{ number: "(800) 633-8284" }],
      through: "2005-05-12",
    });
  });

  it("keeps a code printed in groups whole: 2119 0372", () => {
    const { call, release } = imported("replay-code-with-space.txt");
    expect(call?.replay?.telephone).toMatchObject({
      code: "2119 0372",
      codeName: "access code",
    });
    expect(release.calls[0]?.replays[0]).toMatchObject({
      channel: "telephone",
      code: "2119 0372",
    });
  });

  it("reads a replay end without its year from the release date, and asks a person to check", () => {
    const { call, notes } = imported("replay-through-without-year.txt");
    expect(call?.replay?.telephone?.through).toBe("2005-05-12");
    expect(notes).toContainEqual({
      field: "calls[0].replay",
      message:
        '"The telephone playback will be available through May 12." gives no year; read as 2005-05-12, the first such day after the release; check it',
    });
  });

  it("finds a webcast 'available at' an address, not only one to 'visit'", () => {
    const { call } = imported("webcast-available-at.txt");
    expect(call?.webcast).toEqual({
      access: "www.sonusnet.com",
      url: "http://www.sonusnet.com",
    });
  });

  it("a replay of the call and webcast ends both on the day given", () => {
    const { call, notes } = imported("replay-of-call-and-webcast.txt");
    expect(call?.replay).toEqual({
      telephone: {
        numbers: [{ number: "(800) 633-8284" }],
        through: "2005-05-12",
      },
      webcast: {
        access: "www.sonusnet.com",
        url: "http://www.sonusnet.com",
        through: "2005-05-12",
      },
    });
    expect(notes).toEqual([]);
  });

  it("ends at the forward-looking statements even without a heading, whose filing is an event", () => {
    const { call, frontMatter, body } = imported("safe-harbor-after-call.txt");
    expect(call?.dialIn).toEqual([{ number: "(888) 882-0115" }]);
    expect(frontMatter.events).toMatchObject([
      { date: "2004-11-09", kind: "filing", form: "10-Q" },
    ]);
    expect(body).toContain(
      ":::safe-harbor\nThis release may contain forward-looking statements.",
    );
  });
});

describe("filings name their form", () => {
  const { frontMatter, notes } = imported("filing-forms.txt");
  const formOn = (date: string) =>
    frontMatter.events?.find(
      (event) => event.date === date && event.kind === "filing",
    );

  it.each([
    ["2004-07-28", "10-K/A", "an amendment, not the form it amends"],
    ["2005-05-10", "10-Q", "the form before its date"],
    [
      "2005-03-16",
      "10-K",
      "of two in a sentence, the one named before the date",
    ],
    [
      "2004-11-09",
      "10-Q",
      "of two in a sentence, the nearer one before the date",
    ],
  ])("%s: Form %s (%s)", (date, form) => {
    expect(formOn(date)).toMatchObject({ kind: "filing", form });
  });

  it.each([
    ["2005-04-15", "a Form 8-K, which is not a periodic report"],
    ["2005-06-01", "two forms after the date, and none before it"],
  ])("%s: a placeholder, and a note, for %s", (date) => {
    expect(formOn(date)).toMatchObject({
      form: `${REVIEW_MARKER} the form filed: 10-K, 10-K/A, 10-Q, 10-Q/A`,
    });
    expect(notes).toContainEqual({
      field: "events",
      message: expect.stringContaining(
        `the form of the filing dated ${date} is not certain from`,
      ),
    });
  });
});

describe("key figures and legal notices", () => {
  it("keeps amounts as written, and reports one whose period is not certain", () => {
    const { frontMatter, notes } = imported("figures-as-written.txt");
    expect(
      frontMatter.figures?.map(({ value, period }) => [value, period]),
    ).toEqual([
      ["$310.5M", "2005-03-31"],
      ["$(0.05)", "2005-03-31"],
      ["$10 million", "2005-04-15"],
    ]);
    expect(notes).toContainEqual({
      field: "figures",
      message:
        'an amount in "Deferred revenue was US$ 12 million at the end of the quarter." is not in a form the importer reads; add it by hand if it is a key figure',
    });
    expect(notes).toContainEqual({
      field: "figures",
      message:
        '$43-46 million has a day and a span of time (or several days) in its sentence, and which one it is for is not certain; add it by hand ("Sonus expects revenue of $43-46 million for the fourth quarter when it files its Form 10-K by March 16, 2005.")',
    });
  });

  it("keeps a paragraph that follows the forward-looking statements in their block, and says so", () => {
    const { body, notes } = imported("safe-harbor-two-paragraphs.txt");
    expect(body).toContain(
      ":::safe-harbor\nThis release may contain forward-looking statements regarding future events that involve risks and uncertainties.\n\nRisk factors include, among others, the continued adverse effect of developments in the telecommunications industry.\n:::\n\n:::trademarks\n",
    );
    expect(notes).toContainEqual({
      field: "body",
      message:
        'the paragraph "Risk factors include, among others, the continued adverse effect of developments in the telecommunications industry." follows the forward-looking statements and is kept in their :::safe-harbor block; check it belongs there',
    });
  });
});

describe("dates as releases write them", () => {
  it("reads a zero-padded day: March 03, 2005", () => {
    const { frontMatter, call } = imported("date-zero-padded.txt");
    expect(frontMatter.date).toBe("2005-04-08");
    expect(call?.date).toBe("2005-04-08");
  });

  it("reads a date after its weekday: Thursday, March 17, 2005", () => {
    const { call } = imported("date-with-weekday.txt");
    expect(call?.date).toBe("2005-04-28");
    expect(call?.replay?.telephone?.through).toBe("2005-05-12");
  });

  it("reads a plain date: March 29, 2004", () => {
    const { frontMatter, call } = imported("date-plain.txt");
    expect(frontMatter.date).toBe("2004-03-29");
    expect(call).toMatchObject({ date: "2004-03-30", time: "08:30" });
    expect(call?.replay?.telephone?.through).toBe("2004-04-12");
  });
});

describe("the header", () => {
  it("reads the exhibit number from its line, and asks for its Form 8-K's accession number", () => {
    expect(imported("exhibit-line.txt").frontMatter.sec).toEqual({
      form: "8-K",
      exhibit: "99.2",
      accession: `${REVIEW_MARKER} the Form 8-K's accession number on EDGAR, written like 0001157523-05-002189`,
    });
  });

  it("leaves the SEC filing out when there is no exhibit line", () => {
    const { frontMatter } = imported("no-exhibit-line.txt");
    expect(frontMatter.sec).toBeUndefined();
    expect(frontMatter.headline).toBe(
      "Sonus Networks Schedules First Quarter 2005 Results Call",
    );
  });

  it("reads city, wire and date from a Business Wire dateline, and starts the body after it", () => {
    const { frontMatter, body } = imported("business-wire-dateline.txt");
    expect(frontMatter).toMatchObject({
      dateline: "WESTFORD, Mass.",
      wire: "Business Wire",
      date: "2005-05-02",
    });
    expect(
      body.startsWith(
        "Sonus Networks (Nasdaq: SONS) will host a conference call",
      ),
    ).toBe(true);
  });

  it("reads city, wire and date from a PR Newswire dateline, and a passcode ending in #", () => {
    const { frontMatter, body, call } = imported("pr-newswire-dateline.txt");
    expect(frontMatter).toMatchObject({
      dateline: "WESTFORD, Mass.",
      wire: "PR Newswire",
      date: "2005-05-02",
    });
    expect(
      body.startsWith(
        "Sonus Networks (Nasdaq: SONS) will host a conference call",
      ),
    ).toBe(true);
    expect(call).toMatchObject({
      date: "2005-05-05",
      time: "16:45",
      zone: "America/New_York",
      dialIn: [{ number: "1-888-882-0115" }],
      replay: {
        telephone: {
          numbers: [{ number: "1-800-633-8284" }],
          code: "286#",
          codeName: "passcode",
          through: "2005-05-12",
        },
      },
    });
  });

  it("reads a Business Wire dateline without a date, keeping the whole lead, and the date from its own line", () => {
    const { frontMatter, body } = imported("dateline-without-date.txt");
    expect(frontMatter).toMatchObject({
      dateline: "WESTFORD, Mass.",
      wire: "Business Wire",
      date: "2005-04-20",
    });
    expect(body.split("\n\n")[0]).toBe(
      "Sonus Networks (Nasdaq: SONS), the VoIP leader, will host a conference call--its first as a public company--to discuss its first quarter results.",
    );
  });

  it.each(["dateline-spaced-dashes.txt", "dateline-em-dashes.txt"])(
    "%s: reads the dateline whatever its dashes",
    (fixture) => {
      const { frontMatter, body } = imported(fixture);
      expect(frontMatter).toMatchObject({
        wire: "Business Wire",
        date: "2005-04-20",
      });
      expect(frontMatter.dateline).toMatch(/^WESTFORD, (MA|Mass\.)$/);
      expect(body).toBe(
        "Sonus Networks (Nasdaq: SONS) will host a conference call to discuss its first quarter results.\n",
      );
    },
  );

  it("leaves out a 'FOR IMMEDIATE RELEASE' notice and the ### end mark, and says so", () => {
    const { frontMatter, body, notes } = imported("dateline-spaced-dashes.txt");
    expect(frontMatter.headline).toBe(
      "Sonus Networks Schedules First Quarter 2005 Results Call",
    );
    expect(body).not.toContain("#");
    expect(notes.map(({ message }) => message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"###"'),
        expect.stringContaining('"FOR IMMEDIATE RELEASE"'),
      ]),
    );
  });

  it("without a dateline, takes the date from its own line and asks a person for city and wire", () => {
    const { frontMatter, notes } = imported("no-dateline.txt");
    expect(frontMatter.date).toBe("2005-04-20");
    expect(frontMatter.dateline.startsWith(REVIEW_MARKER)).toBe(true);
    expect(frontMatter.wire.startsWith(REVIEW_MARKER)).toBe(true);
    expect(notes.map(({ field }) => field)).toEqual(
      expect.arrayContaining(["dateline", "wire"]),
    );
  });

  it("without any date, imports nothing and asks for --date", () => {
    const text = fs.readFileSync(path.join(fixtures, "no-date.txt"), "utf8");
    const result = importRelease(text);
    expect(result.kind).toBe("needs-date");
    expect(result.notes.map(({ message }) => message).join("\n")).toContain(
      "--date YYYY-MM-DD",
    );
    const given = importRelease(text, {
      date: calendarDateSchema.parse("2005-04-20"),
    });
    expect(given.kind === "imported" && given.frontMatter.date).toBe(
      "2005-04-20",
    );
  });
});

describe("paragraphs", () => {
  it("starts a paragraph at each indented line and re-flows the rest", () => {
    const { body } = imported("indented-paragraphs.txt");
    expect(body.trim().split("\n\n").slice(0, 5)).toEqual([
      "Sonus Networks (Nasdaq: SONS) will host a conference call to discuss its first quarter results.",
      "The company expects to report revenues for the quarter ended March 31, 2005 after the close of the market on the day of the call.",
      "Sonus Networks will discuss its outlook on the call.",
      "## Conference Call Information",
      "Sonus Networks will host the call on April 28, 2005 at 4:45 p.m. Eastern time. To listen via telephone, the dial-in number is (888) 882-0115 or (415) 537-1985. A telephone playback of the call will be available following the conference and can be accessed by calling (800) 633-8284. The reservation number for the replay is 21228369. The telephone playback will be available through May 12, 2005.",
    ]);
  });

  it("takes blank lines as paragraph breaks when nothing is indented, and a line ending in a colon as a label", () => {
    const { body, call } = imported("blank-line-paragraphs.txt");
    expect(body.trim().split("\n\n")).toEqual([
      "Sonus Networks (Nasdaq: SONS) will host a conference call to discuss its first quarter results.",
      "## Conference Call Information",
      "Sonus Networks will host the call on April 28, 2005 at 4:45 p.m. Eastern time. To listen via telephone, the dial-in number is (888) 882-0115 or (415) 537-1985.",
      "**Replay:**",
      "A telephone playback of the call will be available following the conference and can be accessed by calling (800) 633-8284. The reservation number for the replay is 21228369. The telephone playback will be available through May 12, 2005.",
    ]);
    expect(call?.replay?.telephone).toEqual({
      numbers: [{ number: "(800) 633-8284" }],
      code: "21228369",
      codeName: "reservation number",
      through: "2005-05-12",
    });
  });
});

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

describe("what ordinary text must not be taken for", () => {
  it("a sentence about the replay, continued after a semicolon, stays the replay's; a repeated number is listed once", () => {
    const { call } = imported("replay-sentence-with-semicolon.txt");
    expect(call?.dialIn).toEqual([{ number: "(888) 882-0115" }]);
    expect(call?.replay?.telephone).toEqual({
      numbers: [{ number: "(800) 633-8284" }, { number: "(402) 977-9140" }],
      code: "21228369",
      codeName: "reservation number",
      through: "2005-05-12",
    });
  });

  it("a call paragraph that mentions forward-looking statements is not the legal notice", () => {
    const { call, body } = imported("call-mentions-forward-looking.txt");
    expect(call).toMatchObject({
      time: "16:45",
      dialIn: [{ number: "(888) 882-0115" }],
    });
    expect(body).not.toContain(":::safe-harbor");
  });

  it("a lead with a parenthesis between dashes is not a dateline", () => {
    const { frontMatter, body } = imported("lead-with-dashes-no-dateline.txt");
    expect(frontMatter.dateline.startsWith(REVIEW_MARKER)).toBe(true);
    expect(body.trim()).toBe(
      "Sonus Networks (Nasdaq: SONS) today reported that new deployments at two carriers -- (one wireline, one wireless) -- drove revenues of $45 million for the first quarter of fiscal 2005.",
    );
  });

  it("a headline after a CONTACT block is the headline, not a contact", () => {
    const { frontMatter } = imported("contact-before-headline.txt");
    expect(frontMatter.headline).toBe(
      "Sonus Networks Reports First Quarter 2005 Results",
    );
    expect(frontMatter.contacts.map(({ name }) => name)).toEqual([
      "Jocelyn Philbrook",
    ]);
  });

  it("a table keeps its lines and columns, and the paragraph after the notice stays the body's", () => {
    const { body, notes } = imported("table-after-notice.txt");
    expect(body).toContain(
      "Sonus Networks, Inc. will present at the JMP Securities conference in San Francisco on May 4, 2005.\n\n```\n",
    );
    expect(body).toContain(
      "Revenues                                    $45,123         $39,456\n                                     --------------  --------------\n",
    );
    expect(body).not.toMatch(/:::safe-harbor[^:]*JMP/);
    expect(notes.map(({ message }) => message)).toContainEqual(
      expect.stringContaining('a table starting "SONUS NETWORKS, INC."'),
    );
  });

  it("a fax number is not a second contact", () => {
    const { frontMatter, notes } = imported("contact-with-fax.txt");
    expect(frontMatter.contacts).toEqual([jocelynForInvestors]);
    expect(notes).toContainEqual({
      field: "contacts",
      message:
        '"Fax: 978-589-8673" is a fax number, which a contact has no field for; left out',
    });
  });
});

describe("more datelines and replay ends", () => {
  it("reads a dateline from a wire it does not know, and asks a person to name the wire", () => {
    const { frontMatter, notes } = imported("dateline-other-wire.txt");
    expect(frontMatter).toMatchObject({
      dateline: "CHELMSFORD, Mass.",
      date: "2005-04-20",
    });
    expect(frontMatter.wire.startsWith(REVIEW_MARKER)).toBe(true);
    expect(notes).toContainEqual({
      field: "wire",
      message: '"PRIMEZONE" is not a wire service the importer knows',
    });
  });

  it("reads a replay end without its year as the first such day after the release, which the build accepts", () => {
    const { call, release } = imported("replay-through-next-year.txt");
    expect(call?.replay?.telephone?.through).toBe("2006-01-31");
    expect(release.calls[0]?.replays[0]).toMatchObject({
      channel: "telephone",
      through: "2006-01-31",
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
    const text = fs
      .readFileSync(path.join(fixtures, "contact-after-body.txt"), "utf8")
      .replace(/ {4}CONTACT:[\s\S]*$/, "    CONTACT: ir@sonusnet.com\n");
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
