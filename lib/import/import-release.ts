import { dump } from "js-yaml";
import type { z } from "zod";
import type { CalendarDate } from "@/lib/time/calendar-date";
import {
  type releaseFrontMatterSchema,
  reviewPlaceholder,
} from "@/lib/content/authoring";
import { bodyMarkdown } from "./body";
import { callBlockIndexes, readCall } from "./call";
import { type ContactInput, readContacts } from "./contacts";
import { type Dateline, readListing, wireName } from "./dateline";
import { removeEdgarMarks } from "./edgar-artifacts";
import { edgarNotes, exhibitOf } from "./edgar-notes";
import { type EventInput, readFacts } from "./facts";
import { subheadlineOf } from "./header";
import { type ReleaseLayout, readLayout } from "./layout";
import type { ImportNote } from "./notes";
import { isDateLine, releaseDateOf } from "./release-date";
import { sizeNotes } from "./size-notes";
import { proposeSlug } from "./slug";
import { tagBody } from "./tags";
import { type NotARelease, refuseIfNotARelease } from "./text-kind";

export type ReleaseInput = Omit<
  z.input<typeof releaseFrontMatterSchema>,
  "contacts" | "events"
> & { contacts: ContactInput[]; events?: EventInput[] };

export type ImportOptions = {
  /** The release date when the text has no dateline, or to correct it. */
  readonly date?: CalendarDate;
  /** The file name without the date, to use instead of the one made from the headline. */
  readonly slug?: string;
  /** Import a text that looks like something other than a press release (a call transcript, a table) all the same. */
  readonly asRelease?: boolean;
};

export type ImportResult =
  | {
      readonly kind: "imported";
      /** The file name without `.md`: the date, then the slug. */
      readonly fileSlug: string;
      readonly frontMatter: ReleaseInput;
      readonly body: string;
      /** The content file: front matter and body. */
      readonly markdown: string;
      readonly notes: readonly ImportNote[];
    }
  | { readonly kind: "needs-date"; readonly notes: readonly ImportNote[] }
  | NotARelease;

/**
 * The wire the dateline prints. A dateline that names none is a company's
 * own site's: the release is left without a wire rather than given one.
 */
function wireOf(
  dateline: Dateline | undefined,
  notes: ImportNote[],
): string | undefined {
  const printed = dateline?.wire;
  const known = printed === undefined ? undefined : wireName(printed);
  if (known) return known;
  if (dateline && !printed) {
    notes.push({
      field: "wire",
      message:
        "the dateline names no wire service, as on a company's own site: left out; add it if a wire carried the release",
    });
    return undefined;
  }
  notes.push({
    field: "wire",
    message: printed
      ? `${JSON.stringify(printed)} is not a wire service the importer knows`
      : "no dateline found",
  });
  return reviewPlaceholder(
    printed
      ? `the name of the wire service printed ${printed}`
      : "the wire service that carried it, or where it was first published",
  );
}

/**
 * The filing an "Exhibit 99.1" line says the text was filed as: a press
 * release is filed as an exhibit to a Form 8-K, whose accession number the
 * text never prints.
 */
function secFilingOf(exhibit: string | undefined): ReleaseInput["sec"] {
  if (exhibit === undefined) return undefined;
  return {
    form: "8-K",
    exhibit,
    accession: reviewPlaceholder(
      "the Form 8-K's accession number on EDGAR, written like 0001157523-05-002189",
    ),
  };
}

/** What the layout left out of the release, said for the reviewer. */
function layoutNotes(layout: ReleaseLayout): ImportNote[] {
  return [
    ...layout.skippedLines.map((line) => ({
      field: "body",
      message: `the line ${JSON.stringify(line)} is a mark or notice around the release, not part of it; left out`,
    })),
    ...(layout.subheadlineLines.length > 0
      ? [
          {
            field: "subheadline",
            message: `${JSON.stringify(subheadlineOf(layout))} under the headline is written as its subheadline; check that it is one`,
          },
        ]
      : []),
    ...(layout.headline
      ? []
      : [{ field: "headline", message: "no headline found" }]),
    ...(layout.dateline
      ? []
      : [{ field: "dateline", message: "no dateline found" }]),
  ];
}

/** The listing the lead states, which a person adds where it states none. */
function listingOf(layout: ReleaseLayout, notes: ImportNote[]) {
  const listing = readListing(layout.blocks[0]?.text ?? "");
  if (!listing)
    notes.push({
      field: "listing",
      message: 'no "(Exchange: TICKER)" in the first paragraph',
    });
  return listing;
}

/** The front matter as YAML and the body: the content file. */
function contentFile(frontMatter: ReleaseInput, body: string): string {
  // js-yaml's default dump schema quotes what a YAML 1.1 reader would take for a
  // timestamp or a number ("2004-03-29", "08:30"), so dates stay days in any tool.
  const yaml = dump(frontMatter, {
    lineWidth: 100,
    noRefs: true,
    quoteStyle: "double",
  });
  return `---\n${yaml}---\n\n${body}`;
}

/**
 * The parts read from the body's tagged sentences: its call from the call's
 * blocks, its facts from the rest but the legal notices' boilerplate.
 */
function readParts(layout: ReleaseLayout, date: CalendarDate) {
  const units = tagBody(layout.blocks, date);
  const callBlocks = new Set(callBlockIndexes(layout.blocks, units));
  const body = bodyMarkdown(layout.blocks);
  return {
    contacts: readContacts(layout.contactBlocks),
    call: readCall(units.filter(({ block }) => callBlocks.has(block))),
    facts: readFacts(
      units.filter(({ block }) => !callBlocks.has(block)),
      body.setApartBlocks,
    ),
    body,
  };
}

/**
 * Turns a release as plain text into a content file: front matter read from
 * the text, and the body as content markdown. The text is laid out and tagged
 * once; each extractor reads the tags. What only a person can write, or what
 * the text does not give (a summary, titles, a missing field), is left as a
 * REVIEW placeholder that the build refuses, and noted.
 */
export function importRelease(
  text: string,
  options: ImportOptions = {},
): ImportResult {
  const edgar = removeEdgarMarks(text);
  const layout = readLayout(edgar.text, isDateLine);
  const refusal = options.asRelease
    ? undefined
    : refuseIfNotARelease(edgar.text, layout.dateline !== undefined);
  if (refusal) return refusal;
  const notes: ImportNote[] = [];
  const date = releaseDateOf(layout, options.date, notes);
  if (!date) return { kind: "needs-date", notes };
  notes.push(...edgarNotes(edgar), ...layoutNotes(layout));
  notes.push(...sizeNotes(text, layout));

  const listing = listingOf(layout, notes);
  const { contacts, call, facts, body } = readParts(layout, date);
  const sec = secFilingOf(exhibitOf(layout, edgar, notes));
  notes.push(...contacts.notes, ...call.notes, ...facts.notes, ...body.notes);

  const wire = wireOf(layout.dateline, notes);
  const subheadline = subheadlineOf(layout);
  const frontMatter: ReleaseInput = {
    headline: layout.headline ?? reviewPlaceholder("the headline"),
    ...(subheadline !== undefined && { subheadline }),
    date,
    summary: reviewPlaceholder(
      "one sentence for lists, search results and the meta description",
    ),
    dateline:
      layout.dateline?.city ??
      reviewPlaceholder("the dateline's city, as printed"),
    ...(wire !== undefined && { wire }),
    ...(sec && { sec }),
    listing: {
      exchange: listing?.exchange ?? reviewPlaceholder("the exchange"),
      ticker: listing?.ticker ?? reviewPlaceholder("the ticker"),
    },
    contacts: contacts.contacts,
    ...(call.call && { calls: [call.call] }),
    ...(facts.events.length > 0 && { events: facts.events }),
    ...(facts.figures.length > 0 && { figures: facts.figures }),
  };
  const fileSlug = `${date}-${options.slug ?? proposeSlug(layout.headline ?? "", listing?.company)}`;
  return {
    kind: "imported",
    fileSlug,
    frontMatter,
    body: body.markdown,
    markdown: contentFile(frontMatter, body.markdown),
    notes,
  };
}
