import { z } from "zod";
import { calendarDateSchema } from "@/lib/calendar-date";
import { phoneNumberSchema } from "@/lib/phone";

const text = z.string().trim().min(1, "must not be empty");

export const contactRoles = ["Investor Relations", "Media Relations"] as const;

export const contactSchema = z.strictObject({
  role: z.enum(contactRoles),
  organization: text.optional(),
  name: text,
  phone: phoneNumberSchema,
  email: z.email(),
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
});

export type ReleaseFrontMatter = z.output<typeof releaseFrontMatterSchema>;
export type Contact = z.output<typeof contactSchema>;
export type ContactRole = Contact["role"];

/** A release as pages see it: its front matter, plus what the build derives from the file. */
export type Release = ReleaseFrontMatter & {
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
