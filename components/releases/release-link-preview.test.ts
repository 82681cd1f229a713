import { createElement } from "react";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { CalendarDate } from "@/lib/time/calendar-date";
import {
  drawLinkPreview,
  linkPreviewSize,
} from "@/lib/publish/link-preview-image";
import { ReleaseLinkPreview } from "./release-link-preview";

const PADDING = 72;

/** Which rows and columns of the drawn card hold anything but its background, the colour of its corner. */
async function inked(headline: string) {
  const png = await drawLinkPreview(
    createElement(ReleaseLinkPreview, {
      release: {
        headline,
        date: "2005-03-03" as CalendarDate,
        listing: { exchange: "Nasdaq", ticker: "SONS" },
      },
    }),
  );
  const { data, info } = await sharp(png)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const background = [...data.subarray(0, 3)];
  const rows = new Set<number>();
  const columns = new Set<number>();
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++) {
      const offset = (y * info.width + x) * info.channels;
      const pixel = [...data.subarray(offset, offset + 3)];
      if (pixel.some((value, channel) => value !== background[channel])) {
        rows.add(y);
        columns.add(x);
      }
    }
  return { rows: [...rows], columns: [...columns] };
}

describe("ReleaseLinkPreview", () => {
  it.each([
    [
      "the 2005 release's headline",
      "Sonus Networks Announces Preliminary 2004 Fourth Quarter Financial Results",
    ],
    ["a headline of many lines", "Sonus Networks Announces ".repeat(12).trim()],
  ])(
    "keeps %s and the lines around it inside the card's margins",
    async (_, headline) => {
      const { rows, columns } = await inked(headline);
      const { width, height } = linkPreviewSize;
      expect(Math.min(...columns)).toBeGreaterThanOrEqual(PADDING - 4);
      expect(Math.max(...columns)).toBeLessThan(width - PADDING + 4);
      expect(Math.min(...rows)).toBeGreaterThanOrEqual(PADDING - 4);
      expect(Math.max(...rows)).toBeLessThan(height - PADDING + 12);
      // The date line sits at the foot of the card, below everything else.
      expect(Math.max(...rows)).toBeGreaterThan(height - PADDING - 40);
    },
  );
});
