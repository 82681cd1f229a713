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
import {
  callTimeAndZoneCheck,
  replayAfterCallCheck,
  timesExistCheck,
} from "../calls";
import { uniqueReleasesCheck } from "../collisions";
import { quotesInBodyCheck, statedDatesInBodyCheck } from "../events";
import { frontMatterCheck, reviewedCheck } from "../front-matter";
import { fileNameCheck } from "../source";

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
 * the rules above, deriving a release's data, and comparing releases; each
 * declared in the module that makes it. The list "What the build checks" in
 * docs/adding-releases.md is this list (a test holds them equal, and each
 * check to the module it names first).
 */
export const everyCheck: readonly ListedCheck[] = [
  { ...fileNameCheck, madeIn: "lib/content/source.ts" },
  { ...frontMatterCheck, madeIn: "lib/content/front-matter.ts" },
  { ...reviewedCheck, madeIn: "lib/content/front-matter.ts" },
  ...contentRules.map(({ name, description }) => ({
    name,
    description,
    madeIn: "lib/content/checks/",
  })),
  {
    ...timesExistCheck,
    madeIn: "lib/content/calls.ts, lib/content/published.ts",
  },
  { ...replayAfterCallCheck, madeIn: "lib/content/calls.ts" },
  { ...statedDatesInBodyCheck, madeIn: "lib/content/events.ts" },
  { ...callTimeAndZoneCheck, madeIn: "lib/content/calls.ts" },
  { ...quotesInBodyCheck, madeIn: "lib/content/events.ts" },
  { ...uniqueReleasesCheck, madeIn: "lib/content/collisions.ts" },
];
