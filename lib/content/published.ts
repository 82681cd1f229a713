import { site } from "@/lib/site/config";
import { middayUtcEpochMs, wallClockToEpochMs } from "@/lib/time/instants";
import type { ContentProblem } from "./errors";
import type { ReleaseFrontMatter } from "./schema";

type Issue = Pick<ReleaseFrontMatter, "date" | "issued" | "issuedZone">;

/**
 * The one instant a release is dated by outside its pages: its time of issue
 * where the front matter gives one, read in its zone or the company's; else
 * midday UTC of its day, which no reader's clock from Honolulu to Tokyo shows
 * as another day.
 */
export function derivePublishedAt(
  file: string,
  { date, issued, issuedZone = site.zone }: Issue,
): { publishedAt: number; problems: ContentProblem[] } {
  const midday = middayUtcEpochMs(date);
  if (issued === undefined) return { publishedAt: midday, problems: [] };
  try {
    return {
      publishedAt: wallClockToEpochMs(date, issued, issuedZone),
      problems: [],
    };
  } catch {
    return {
      publishedAt: midday,
      problems: [
        {
          file,
          field: "issued",
          message: `${issued} on ${date} does not exist, or happens twice, in ${issuedZone} (a daylight-saving change)`,
        },
      ],
    };
  }
}
