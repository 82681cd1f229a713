import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parsePhoneNumberWithError } from "libphonenumber-js/max";
import { z } from "zod";
import {
  IMPORTED_FIXTURES,
  importedSlug,
  readReleaseFile,
} from "./imported-releases";

/**
 * playwright.export.config.ts imports IMPORTED_FIXTURES with the importer's
 * CLI and replaces their placeholders before the export is built; these tests
 * find each import on the pages with the facts its file holds.
 */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const releaseSchema = z.object({
  headline: z.string(),
  summary: z.string(),
  date: day,
  calls: z
    .array(
      z.object({
        kind: z
          .enum([
            "conference-call",
            "presentation",
            "webcast",
            "shareholder-meeting",
          ])
          .default("conference-call"),
        title: z.string(),
        date: day,
        dialIn: z.array(z.object({ number: z.string() })).default([]),
        replay: z
          .object({
            telephone: z.object({ through: day.optional() }).optional(),
            webcast: z.object({ through: day.optional() }).optional(),
          })
          .optional(),
      }),
    )
    .default([]),
  events: z
    .array(z.object({ date: day, kind: z.string(), label: z.string() }))
    .default([]),
});
type ImportedRelease = z.infer<typeof releaseSchema>;

/** The import's slug and front matter: read in a test, since the web server writes them. */
function readImport(fixture: string) {
  const slug = importedSlug(fixture);
  return {
    slug,
    release: releaseSchema.parse(readReleaseFile(slug).data),
  };
}

/**
 * A call's page is named by its day and the release's words, which end in
 * "-call" once (lib/content/calls.ts); a release's second call adds "-2".
 */
/** The last word of an event's URL, by its kind, as docs/adding-releases.md says under "By hand". */
const urlWords = {
  "conference-call": "call",
  presentation: "presentation",
  webcast: "webcast",
  "shareholder-meeting": "meeting",
} as const;

function callPath(
  releaseSlug: string,
  call: { date: string; kind: keyof typeof urlWords },
  index: number,
) {
  const words = releaseSlug.slice("YYYY-MM-DD-".length);
  const suffix = `-${urlWords[call.kind]}`;
  const callWords = words.endsWith(suffix) ? words : `${words}${suffix}`;
  return `/calls/${call.date}-${callWords}${index === 0 ? "" : `-${index + 1}`}`;
}

/** What the timeline shows of one event: its day, kind and, where the file gives it, its label. */
type TimelineEntry = { date: string; kind: string; label?: string };

/** The release's own day, its calls and last replay days, and the events it states. */
function timelineEntries(release: ImportedRelease): TimelineEntry[] {
  return [
    { date: release.date, kind: "release", label: release.headline },
    ...release.calls.flatMap((call): TimelineEntry[] => [
      { date: call.date, kind: "call", label: call.title },
      // The site words a replay's label itself, from its channel.
      ...[call.replay?.telephone?.through, call.replay?.webcast?.through]
        .filter((through) => through !== undefined)
        .map((through) => ({ date: through, kind: "replay" })),
    ]),
    ...release.events,
  ];
}

/** Timeline items of this day and kind that link into the release. */
function timelineItems(page: Page, slug: string, entry: TimelineEntry) {
  const items = page
    .locator("main li[id]")
    .filter({ has: page.locator(`time[datetime="${entry.date}"]`) })
    .filter({ has: page.locator(`[data-event-kind="${entry.kind}"]`) })
    // The release's own entry links to it; the others to the paragraph they quote.
    .filter({
      has: page.locator(
        `a[href="/releases/${slug}"], a[href^="/releases/${slug}#"]`,
      ),
    });
  return entry.label === undefined
    ? items
    : items.filter({ hasText: entry.label });
}

for (const fixture of IMPORTED_FIXTURES) {
  test.describe(`the release imported from ${path.basename(fixture)}`, () => {
    test("has its page, is listed, and has a page for each call with its dial-in numbers", async ({
      page,
    }) => {
      const { slug, release } = readImport(fixture);
      const releasePath = `/releases/${slug}`;
      expect((await page.goto(releasePath))?.status(), releasePath).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        release.headline,
      );
      for (const [index, call] of release.calls.entries()) {
        await expect(
          page.locator(`main a[href="${callPath(slug, call, index)}"]`),
        ).not.toHaveCount(0);
      }

      expect((await page.goto("/releases"))?.status()).toBe(200);
      const listed = page
        .locator("main li")
        .filter({ has: page.locator(`a[href="${releasePath}"]`) });
      await expect(listed).toHaveCount(1);
      await expect(listed).toContainText(release.headline);
      await expect(listed).toContainText(release.summary);

      for (const [index, call] of release.calls.entries()) {
        const where = callPath(slug, call, index);
        expect((await page.goto(where))?.status(), where).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(
          call.title,
        );
        await expect(
          page.locator(`main a[href="${releasePath}"]`),
        ).not.toHaveCount(0);
        // The page shows numbers in one international form; the tel: link,
        // there for while the call is ahead or on, is the number itself. These
        // calls are long over, so the section is the record of the live call.
        const live = page.getByRole("region", { name: "The live call" });
        for (const { number } of call.dialIn) {
          const e164 = parsePhoneNumberWithError(number, "US").number;
          await expect(
            live.locator(`a[href="tel:${e164}"]`),
            number,
          ).toHaveCount(1);
        }
      }
    });

    test("has each of its dated events on the timeline", async ({ page }) => {
      const { slug, release } = readImport(fixture);
      const entries = timelineEntries(release);
      for (const entry of entries) {
        // A year's page of one kind holds every line of that kind and year.
        const where = `/timeline/year/${entry.date.slice(0, "YYYY".length)}/kind/${entry.kind}`;
        expect((await page.goto(where))?.status(), where).toBe(200);
        // Two entries alike (a telephone and a webcast replay ending the same day) are two items.
        const alike = entries.filter(
          ({ date, kind, label }) =>
            date === entry.date && kind === entry.kind && label === entry.label,
        ).length;
        const items = timelineItems(page, slug, entry);
        await expect(items, JSON.stringify(entry)).toHaveCount(alike);
        await expect(items.first()).toBeVisible();
      }
    });
  });
}
