import { z } from "zod";
import { calendarDateSchema } from "@/lib/time/calendar-date";
import { phoneNumberSchema } from "@/lib/text/phone";
import { periodSchema } from "@/lib/time/period";
import { isTimeZone } from "@/lib/time/instants";
import { callKinds } from "@/lib/calls/call-kinds";

const text = z.string().trim().min(1, "must not be empty");

export const contactRoles = ["Investor Relations", "Media Relations"] as const;

export const contactSchema = z.strictObject({
  role: z.enum(contactRoles),
  organization: text.optional(),
  name: text,
  phone: phoneNumberSchema,
  email: z.email(),
});

const dialInSchema = z.strictObject({
  number: phoneNumberSchema,
  /** As the release labels it; else "Toll-free" or "Toll", from the number itself. */
  label: text.optional(),
});

const webcastSchema = z.strictObject({
  /** Where the release says to find it, as stated: "www.sonusnet.com, Corporate, Investor Relations". */
  access: text,
  url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }),
});

const wallClockTimeSchema = (example: string) =>
  z.iso.time({
    precision: -1,
    error: `expected a 24-hour time written HH:MM, e.g. "${example}"`,
  });

const ianaZoneSchema = z.string().refine(isTimeZone, {
  error: (issue) =>
    `expected an IANA time zone such as America/New_York, got ${JSON.stringify(issue.input)}`,
});

const codeSchema = z.string({
  error:
    'expected the code as text in quotes, e.g. "21190372", so that leading zeros survive',
});

export const callSchema = z.strictObject({
  kind: z.enum(callKinds).default("conference-call"),
  title: text,
  /** Where it is held, as the release prints it: "the X Growth Conference, Phoenix, Arizona". */
  place: text.optional(),
  /** Who speaks, as the release names them: "Jane Doe, Chief Financial Officer". */
  speakers: z.array(text).default([]),
  /** What the call is for, as stated: "to discuss the contents of this press release". */
  purpose: text.optional(),
  date: calendarDateSchema,
  /**
   * Wall-clock start time, 24-hour HH:MM, in `zone`; without a zone, the time
   * as printed, shown in the release's words and never converted.
   */
  time: wallClockTimeSchema("16:45").optional(),
  /**
   * IANA zone: "Eastern" is America/New_York. Only one the release names, or
   * the one zone of the place it names, set by the editor.
   */
  zone: ianaZoneSchema.optional(),
  /** Expected length; when absent an hour is assumed and said to be an estimate. */
  durationMinutes: z.int().positive().optional(),
  dialIn: z.array(dialInSchema).default([]),
  webcast: webcastSchema.optional(),
  replay: z
    .strictObject({
      telephone: z
        .strictObject({
          numbers: z
            .array(dialInSchema)
            .min(1, "must list at least one number"),
          code: codeSchema.optional(),
          /** What the release calls the code: "access code", "reservation number". */
          codeName: text.optional(),
          /** Last day the replay runs, in the call's zone. */
          through: calendarDateSchema.optional(),
        })
        .optional(),
      webcast: webcastSchema
        .extend({ through: calendarDateSchema.optional() })
        .optional(),
    })
    .optional(),
});

/** The forms a release is filed with the SEC under, as an exhibit. */
export const releaseFilingForms = ["8-K"] as const;

const accessionNumberSchema = z.string().regex(/^\d{10}-\d{2}-\d{6}$/, {
  error: (issue) =>
    `expected an SEC accession number written like 0001157523-04-002728 (ten digits, two, six), got ${JSON.stringify(issue.input)}`,
});

/** Where a release was filed with the SEC: the source of record its page names and links on EDGAR. */
export const secFilingSchema = z.strictObject({
  form: z.enum(releaseFilingForms),
  /** The exhibit number it was filed as, as printed above it: "99.1". */
  exhibit: z
    .string({
      error: 'expected the exhibit number as text in quotes, e.g. "99.1"',
    })
    .regex(/^\d+(\.\d+)*$/, {
      error: (issue) =>
        `expected an exhibit number such as "99.1", got ${JSON.stringify(issue.input)}`,
    }),
  /** The filing's accession number on EDGAR: 0001157523-04-002728. */
  accession: accessionNumberSchema,
});

/**
 * Kinds of dated facts a release states in its text beyond its own date and
 * the events it announces (calls, presentations, webcasts, meetings, each
 * under `calls` with its replays): a day already given there is not repeated
 * here.
 */
export const statedEventKinds = [
  "filing",
  "financial-period",
  "listing",
  "other",
] as const;

/** The periodic reports a release may name a filing of, by their form types on EDGAR. */
export const filingForms = ["10-K", "10-K/A", "10-Q", "10-Q/A"] as const;
export type FilingForm = (typeof filingForms)[number];

const quoted = (values: readonly string[]) =>
  values.map((value) => JSON.stringify(value)).join(", ");

const eventFields = {
  date: periodSchema,
  /** A few words for the timeline: "Form 10-K expected". */
  label: text,
  /** The sentence of the body that states it, word for word. */
  quote: text,
  /** Anticipated by the release though dated on or before it; later dates are expected anyway. */
  expected: z.boolean().optional(),
};

/** A filing names its form, so that /filings lists it under that form and links the form on EDGAR. */
const filingEventSchema = z.strictObject({
  ...eventFields,
  kind: z.literal("filing"),
  form: z.enum(filingForms, {
    error: (issue) =>
      issue.input === undefined
        ? `is required for a filing: the form the release names, one of ${quoted(filingForms)}`
        : `expected one of ${quoted(filingForms)}, got ${JSON.stringify(issue.input)}`,
  }),
});

const otherEventSchema = z.strictObject({
  ...eventFields,
  kind: z.enum(statedEventKinds.filter((kind) => kind !== "filing")),
});

export const eventSchema = z.discriminatedUnion(
  "kind",
  [filingEventSchema, otherEventSchema],
  {
    // zod gives the whole event as the input of a kind it does not know.
    error: (issue) => {
      if (issue.code !== "invalid_union") return undefined;
      const event: unknown = issue.input;
      const kind =
        typeof event === "object" && event !== null && "kind" in event
          ? event.kind
          : undefined;
      return kind === undefined
        ? `is required: one of ${quoted(statedEventKinds)}`
        : `expected one of ${quoted(statedEventKinds)}, got ${JSON.stringify(kind)}`;
    },
  },
);

export const figureSchema = z.strictObject({
  /** "Fourth-quarter 2004 revenues (preliminary)" */
  label: text,
  /** As the release states it: "$43 million - $46 million". */
  value: text,
  /** The period the figure describes: 2004-Q4, or the day of a balance, 2004-12-31. */
  period: periodSchema,
  quote: text,
});

/**
 * The front matter of a release, as written in content/releases/<slug>.md.
 * This schema is the single description of a release's data: the TypeScript
 * types below are inferred from it, and every file is checked against it.
 */
export const releaseFrontMatterSchema = z.strictObject({
  headline: text,
  /**
   * The subheadline (deck) printed under the headline, as printed, its lines
   * joined with spaces: "Revenue Up 40% Year Over Year; Company Raises Outlook".
   */
  subheadline: text.optional(),
  /** The day the release was issued, as printed in its dateline. */
  date: calendarDateSchema,
  /** Wall-clock time of issue, 24-hour HH:MM, when the wire text prints one: "16:05". */
  issued: wallClockTimeSchema("16:05").optional(),
  /** The IANA zone `issued` is read in; the company's own (site.zone) if absent. */
  issuedZone: ianaZoneSchema.optional(),
  /** One sentence for lists, search results and the meta description. */
  summary: text.max(300, "must be one sentence of at most 300 characters"),
  /** The city part of the dateline, as printed: "CHELMSFORD, Mass." */
  dateline: text,
  /** The wire service that carried it: "Business Wire"; absent for a release issued on the company's own site. */
  wire: text.optional(),
  /** The SEC filing the release was filed with as an exhibit. */
  sec: secFilingSchema.optional(),
  /** The listing as stated in the release's first sentence: "(Nasdaq: SONS)". */
  listing: z.strictObject({ exchange: text, ticker: text }),
  /** The release's contacts; `[]` says, explicitly, that it names none. */
  contacts: z.array(contactSchema, {
    error: (issue) =>
      issue.input === undefined
        ? "is required: list the release's contacts, or write contacts: [] if it names none"
        : undefined,
  }),
  /** Events the release announces that a reader can attend: calls, presentations, webcasts, meetings. */
  calls: z.array(callSchema).default([]),
  /** Dated events the text states: filings, fiscal period ends, listing matters. */
  events: z.array(eventSchema).default([]),
  /** Key figures the text states, each with its sentence. */
  figures: z.array(figureSchema).default([]),
});

export type ReleaseFrontMatter = z.output<typeof releaseFrontMatterSchema>;
export type Contact = z.output<typeof contactSchema>;
export type ContactRole = Contact["role"];
export type CallFrontMatter = z.output<typeof callSchema>;
export type Webcast = z.output<typeof webcastSchema>;
