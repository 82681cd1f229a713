import { z } from "zod";
import {
  calendarDateSchema,
  type CalendarDate,
} from "@/lib/time/calendar-date";
import { phoneNumberSchema, type PhoneNumber } from "@/lib/text/phone";
import { periodSchema, type Period } from "@/lib/time/period";
import { isTimeZone } from "@/lib/time/instants";

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
  title: text,
  /** What the call is for, as stated: "to discuss the contents of this press release". */
  purpose: text.optional(),
  date: calendarDateSchema,
  /** Wall-clock start time, 24-hour HH:MM, in `zone`. */
  time: wallClockTimeSchema("16:45").optional(),
  /** IANA zone: "Eastern" is America/New_York. */
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

/** Kinds of dated events a release states in its text, beyond its own date, calls and replays. */
export const statedEventKinds = [
  "filing",
  "financial-period",
  "listing",
  "other",
] as const;

export const eventSchema = z.strictObject({
  date: periodSchema,
  kind: z.enum(statedEventKinds),
  /** A few words for the timeline: "Form 10-K expected". */
  label: text,
  /** The sentence of the body that states it, word for word. */
  quote: text,
  /** Anticipated by the release though dated on or before it; later dates are expected anyway. */
  expected: z.boolean().optional(),
});

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
  /** The wire service that carried it: "Business Wire". */
  wire: text,
  /** The SEC filing exhibit number the release was filed as, e.g. "99.1". */
  exhibit: text.optional(),
  /** The listing as stated in the release's first sentence: "(Nasdaq: SONS)". */
  listing: z.strictObject({ exchange: text, ticker: text }),
  contacts: z.array(contactSchema).min(1, "must list at least one contact"),
  /** Conference calls the release announces. */
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

/** A number to dial, with what kind of number it is: "Toll-free", "Toll" or as the release labels it. */
export type DialIn = PhoneNumber & { readonly label: string };

export type Webcast = z.output<typeof webcastSchema>;

/**
 * A conference call as pages see it. Instants are epoch milliseconds so they
 * pass unchanged to the small client components that read the reader's clock.
 */
export type Call = {
  /** The call's date, then the rest of its release's slug: 2004-03-29-update-on-…-call */
  readonly slug: string;
  readonly releaseSlug: string;
  readonly title: string;
  readonly purpose: string | undefined;
  readonly date: CalendarDate;
  readonly time: string | undefined;
  readonly zone: string | undefined;
  /** Known only when both the time and the zone are given. */
  readonly startsAt: number | undefined;
  readonly endsAt: number | undefined;
  /** When it can be live: its start and end, or its whole day anywhere on Earth if they are not known. */
  readonly window: { readonly startsAt: number; readonly endsAt: number };
  readonly durationMinutes: number;
  readonly durationIsEstimate: boolean;
  readonly dialIn: readonly DialIn[];
  readonly webcast: Webcast | undefined;
  readonly telephoneReplay:
    | {
        readonly numbers: readonly DialIn[];
        readonly code: string | undefined;
        /** As the release calls it, "code" if it does not say. */
        readonly codeName: string;
        readonly through: CalendarDate | undefined;
        /** End of the `through` day in the call's zone, when the zone is known. */
        readonly endsAt: number | undefined;
      }
    | undefined;
  readonly webcastReplay:
    | (Webcast & {
        readonly through: CalendarDate | undefined;
        readonly endsAt: number | undefined;
      })
    | undefined;
};

export type EventKind =
  "release" | "call" | "replay" | (typeof statedEventKinds)[number];

/** Where in a release a fact is stated: the sentence and the anchor of its paragraph. */
export type SourceSentence = {
  readonly quote: string;
  readonly paragraphId: string;
};

/** A dated event on the timeline, from a release's data or its stated events. */
export type TimelineEvent = SourceSentence & {
  /** Unique on the site, stable while content is unchanged: "2004-04-12-replay". */
  readonly id: string;
  readonly period: Period;
  readonly kind: EventKind;
  readonly label: string;
  /** It lay in the future when the release was issued. */
  readonly expected: boolean;
  readonly releaseSlug: string;
  /** For call and replay events, the call's page. */
  readonly callSlug: string | undefined;
};

export type KeyFigure = SourceSentence & {
  readonly label: string;
  readonly value: string;
  readonly period: Period;
  readonly releaseSlug: string;
};

/** A release as pages see it: its front matter, plus what the build derives from the file. */
export type Release = Omit<
  ReleaseFrontMatter,
  "calls" | "events" | "figures"
> & {
  readonly calls: readonly Call[];
  readonly events: readonly TimelineEvent[];
  readonly figures: readonly KeyFigure[];
  /**
   * When it was issued, in epoch milliseconds: `issued` in its zone, or else
   * the instant that keeps its dateline day for every reader (middayUtcEpochMs).
   * Feeds, JSON-LD, Open Graph and the sitemap all date the release by it.
   */
  readonly publishedAt: number;
  /** The file name without `.md`: the release date, then a short kebab-case headline. */
  readonly slug: string;
  /** The content file it was read from, relative to the working directory. */
  readonly sourceFile: string;
  /** The body as sanitised HTML, with heading and paragraph anchors. */
  readonly html: string;
  /** The "About <company>" boilerplate section, if the body has one. */
  readonly about:
    { readonly heading: string; readonly html: string } | undefined;
};
