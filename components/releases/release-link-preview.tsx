import type { Release } from "@/lib/content";
import { brandColours } from "@/lib/site/brand-colours";
import { site } from "@/lib/site/config";
import { formatCalendarDate } from "@/lib/time/calendar-date";

/** The lines around the headline, a plain colour rather than white at lower opacity: an opacity layer made each image a third slower to draw. */
const MUTED = brandColours[100];
/** Four lines of headline still leave room for the lines above and below it. */
const HEADLINE_LINES = 4;

type ReleaseLinkPreviewProps = {
  release: Pick<Release, "headline" | "date" | "listing">;
};

/**
 * The card a link to a release shows where it is shared: company, headline
 * and date, drawn by satori (lib/publish/link-preview-image.ts), which takes
 * inline styles and flex layout only.
 */
export function ReleaseLinkPreview({ release }: ReleaseLinkPreviewProps) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        boxSizing: "border-box",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: brandColours[950],
        fontFamily: "Geist",
        color: "white",
      }}
    >
      <div style={{ display: "flex", fontSize: 32, color: MUTED }}>
        {site.company} · Investor Relations · {release.listing.exchange}:{" "}
        {release.listing.ticker}
      </div>
      <div
        style={{
          display: "block",
          fontSize: 60,
          fontWeight: 700,
          lineHeight: 1.15,
          lineClamp: HEADLINE_LINES,
        }}
      >
        {release.headline}
      </div>
      <div style={{ display: "flex", fontSize: 32, color: MUTED }}>
        Press release · {formatCalendarDate(release.date)}
      </div>
    </div>
  );
}
