import { slug as githubSlug } from "github-slugger";
import { dump } from "js-yaml";
import type { z } from "zod";
import type { CalendarDate } from "@/lib/time/calendar-date";
import {
  type releaseFrontMatterSchema,
  reviewPlaceholder,
} from "@/lib/content/authoring";
import { bodyMarkdown } from "./body";
import { callBlockIndexes, readCall } from "./call";
import { readContacts } from "./contacts";
import { readDate } from "@/lib/time/dates-in-text";
import { readFacts } from "./facts";
import type { ImportNote } from "./notes";
import { readWireText, type WireText } from "./wire-text";

export type ReleaseInput = z.input<typeof releaseFrontMatterSchema>;

/** Wire services as they name themselves in a dateline, and as a reader knows them. */
const wireNames: Record<string, string> = {
  businesswire: "Business Wire",
  prnewswire: "PR Newswire",
  globenewswire: "GlobeNewswire",
  marketwire: "Marketwire",
  accesswire: "ACCESSWIRE",
};

/** "(Nasdaq: SONS)", "(Nasdaq:SONS)", "(NYSE: ABC)" in the lead sentence. */
const listingPattern =
  /\((?<exchange>[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?):\s*(?<ticker>[A-Z][A-Z.]*)\)/;
/** What a headline says before its subject: the company, then its verb. */
const headlineVerbs = new Set([
  "announces",
  "reports",
  "provides",
  "issues",
  "releases",
  "updates",
  "comments",
  "schedules",
  "sets",
  "to",
]);
const slugStopWords = new Set(["a", "an", "the", "its", "their", "our"]);
const maxSlugWords = 8;

export type ImportOptions = {
  /** The release date when the text has no dateline, or to correct it. */
  readonly date?: CalendarDate;
  /** The file name without the date, to use instead of the one made from the headline. */
  readonly slug?: string;
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
  | { readonly kind: "needs-date"; readonly notes: readonly ImportNote[] };

function releaseDateOf(
  wire: WireText,
  option: CalendarDate | undefined,
  notes: ImportNote[],
): CalendarDate | undefined {
  const stated = readDate(wire.dateline?.dateText ?? wire.headerDateText ?? "");
  if (option && stated && option !== stated) {
    notes.push({
      field: "date",
      message: `--date ${option} used instead of ${stated}, the date the text gives`,
    });
  }
  return option ?? stated;
}

/** The headline without the company and its verb, in lower-case kebab case: "update-on-status-of-financial-results". */
export function proposeSlug(
  headline: string,
  company: string | undefined,
): string {
  const subject =
    company && headline.startsWith(`${company} `)
      ? headline.slice(company.length + 1)
      : headline;
  const words = subject.split(/\s+/);
  if (headlineVerbs.has(words[0]?.toLowerCase() ?? "")) words.shift();
  const kept = words
    .filter(
      (word) =>
        /[\p{L}\p{N}]/u.test(word) && !slugStopWords.has(word.toLowerCase()),
    )
    .slice(0, maxSlugWords);
  return githubSlug(kept.join(" ").normalize("NFKD"))
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

function wireNameOf(printed: string | undefined, notes: ImportNote[]): string {
  const known =
    printed && wireNames[printed.toLowerCase().replace(/[^a-z]/g, "")];
  if (known) return known;
  notes.push({
    field: "wire",
    message: printed
      ? `${JSON.stringify(printed)} is not a wire service the importer knows`
      : "no wire dateline found",
  });
  return reviewPlaceholder(
    printed
      ? `the name of the wire service printed ${printed}`
      : "the wire service that carried it",
  );
}

/**
 * Turns a release as wire text into a content file: front matter read from
 * the text, and the body as content markdown. What only a person can write
 * (the summary, titles, labels) is left as a REVIEW placeholder that the build
 * refuses; what the text does not say is left out and noted.
 */
export function importRelease(
  text: string,
  options: ImportOptions = {},
): ImportResult {
  const notes: ImportNote[] = [];
  const wire = readWireText(text, (line) => readDate(line) !== undefined);
  const date = releaseDateOf(wire, options.date, notes);
  if (!date) {
    notes.push({
      field: "date",
      message:
        "no release date found in a dateline or on a line of its own; give it with --date YYYY-MM-DD",
    });
    return { kind: "needs-date", notes };
  }

  for (const line of wire.skippedLines) {
    notes.push({
      field: "body",
      message: `the line ${JSON.stringify(line)} is a mark or notice around the release, not part of it; left out`,
    });
  }
  for (const line of wire.otherHeaderLines) {
    notes.push({
      field: "headline",
      message: `the header line ${JSON.stringify(line)} is not the headline and has no field; left out`,
    });
  }
  const headline = wire.headline ?? reviewPlaceholder("the headline");
  if (!wire.headline)
    notes.push({ field: "headline", message: "no headline found" });
  if (!wire.dateline)
    notes.push({ field: "dateline", message: "no dateline found" });

  const lead = wire.blocks[0]?.text ?? "";
  const listingMatch = listingPattern.exec(lead);
  const listing = listingMatch?.groups;
  if (!listing)
    notes.push({
      field: "listing",
      message: 'no "(Exchange: TICKER)" in the first paragraph',
    });
  const company = listingMatch
    ? lead.slice(0, listingMatch.index).trim()
    : undefined;

  const { contacts, notes: contactNotes } = readContacts(
    wire.contactLines ?? [],
  );
  const callIndexes = new Set(callBlockIndexes(wire.blocks));
  const { call, notes: callNotes } = readCall(
    wire.blocks.filter((_, index) => callIndexes.has(index)),
    date,
  );
  const {
    events,
    figures,
    notes: factNotes,
  } = readFacts(
    wire.blocks
      .filter(
        ({ kind }, index) => kind === "paragraph" && !callIndexes.has(index),
      )
      .map(({ text }) => text),
  );
  const { markdown: body, notes: bodyNotes } = bodyMarkdown(wire.blocks);
  notes.push(...contactNotes, ...callNotes, ...factNotes, ...bodyNotes);

  const frontMatter: ReleaseInput = {
    headline,
    date,
    summary: reviewPlaceholder(
      "one sentence for lists, search results and the meta description",
    ),
    dateline:
      wire.dateline?.city ??
      reviewPlaceholder("the dateline's city, as printed"),
    wire: wireNameOf(wire.dateline?.wire, notes),
    ...(wire.exhibit && { exhibit: wire.exhibit }),
    listing: {
      exchange: listing?.exchange ?? reviewPlaceholder("the exchange"),
      ticker: listing?.ticker ?? reviewPlaceholder("the ticker"),
    },
    contacts,
    ...(call && { calls: [call] }),
    ...(events.length > 0 && { events }),
    ...(figures.length > 0 && { figures }),
  };
  // js-yaml's default dump schema quotes what a YAML 1.1 reader would take for a
  // timestamp or a number ("2004-03-29", "08:30"), so dates stay days in any tool.
  const yaml = dump(frontMatter, {
    lineWidth: 100,
    noRefs: true,
    quoteStyle: "double",
  });
  const fileSlug = `${date}-${options.slug ?? proposeSlug(wire.headline ?? "", company)}`;
  return {
    kind: "imported",
    fileSlug,
    frontMatter,
    body,
    markdown: `---\n${yaml}---\n\n${body}`,
    notes,
  };
}
