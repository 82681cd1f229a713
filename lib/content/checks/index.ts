import type { ContentProblem } from "../errors";
import {
  bodyOpensWithLead,
  noRawHtml,
  safeLinks,
  sectionsStartAtH2,
  setApartBlocks,
} from "./body";
import { callNumbersInBody } from "./call-numbers";
import { dateMatchesFileName } from "./date-in-file-name";
import type { ContentRule, ListedCheck, ReleaseUnderCheck } from "./rule";
import { weekdaysMatchDates } from "./weekdays";

export type { ReleaseUnderCheck } from "./rule";

/** The rules every release's front matter and body must pass before its data is derived. */
export const contentRules: readonly ContentRule[] = [
  dateMatchesFileName,
  bodyOpensWithLead,
  noRawHtml,
  safeLinks,
  sectionsStartAtH2,
  setApartBlocks,
  weekdaysMatchDates,
  callNumbersInBody,
];

export function runContentRules(release: ReleaseUnderCheck): ContentProblem[] {
  return contentRules.flatMap((rule) => rule.check(release));
}

/**
 * Every check the build makes, in the order it makes them: reading a file,
 * the rules above, deriving a release's data, and comparing releases. The
 * list "What the build checks" in docs/adding-releases.md is this list (a
 * test holds them equal).
 */
export const everyCheck: readonly ListedCheck[] = [
  {
    name: "file-name",
    description:
      "A release is a .md file named for its date and headline: 2004-03-29-update-on-financial-results.md.",
    madeIn: "lib/content/source.ts",
  },
  {
    name: "front-matter",
    description:
      "The file opens with YAML front matter that matches the schema: known fields only, required ones present, real calendar dates, IANA zones, valid telephone numbers and e-mail addresses, http(s) webcast URLs, replay codes in quotes, SEC accession numbers written 0001157523-04-002728.",
    madeIn: "lib/content/front-matter.ts",
  },
  {
    name: "reviewed",
    description: "No REVIEW: placeholder from the importer is left.",
    madeIn: "lib/content/front-matter.ts",
  },
  ...contentRules.map(({ name, description }) => ({
    name,
    description,
    madeIn: "lib/content/checks/",
  })),
  {
    name: "times-exist",
    description:
      "A call's time and a release's time of issue exist on their day in their zone: not skipped or repeated by a daylight-saving change.",
    madeIn: "lib/content/calls.ts, lib/content/published.ts",
  },
  {
    name: "replay-after-call",
    description: "A replay ends after its call is over.",
    madeIn: "lib/content/calls.ts",
  },
  {
    name: "stated-dates-in-body",
    description:
      "A sentence of the body names each call's date and each replay's last day.",
    madeIn: "lib/content/events.ts",
  },
  {
    name: "call-time-and-zone",
    description:
      'A call\'s time and zone are the ones its sentence gives (or, for a "Date:" line, the "Time:" line after it); EST or EDT agrees with the date; a sentence naming no zone is reported for review.',
    madeIn: "lib/content/calls.ts",
  },
  {
    name: "quotes-in-body",
    description:
      "Every event's and key figure's quote stands word for word in the body.",
    madeIn: "lib/content/events.ts",
  },
  {
    name: "unique-releases",
    description:
      "No two releases share a slug, no two calls a page, and no release is published twice under two names (same date and headline).",
    madeIn: "lib/content/collisions.ts",
  },
];
