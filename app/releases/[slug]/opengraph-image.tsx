import { ImageResponse } from "next/og";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { getRelease, getReleases } from "@/lib/content";
import { site } from "@/lib/site/config";

export const size = { width: 1200, height: 630 };
/** White at 85% over the background, as a plain colour: an opacity layer made each image a third slower to draw. */
const MUTED_WHITE = "#dcdee5";
export const contentType = "image/png";
export const alt = `${site.company} press release`;
export const dynamicParams = false;

export function generateStaticParams() {
  return getReleases().map(({ slug }) => ({ slug }));
}

/** A card for link previews: company, date and headline, drawn at build time. */
export default async function OpenGraphImage({
  params,
}: {
  params: Promise<{ slug: string }>;
}) {
  const release = getRelease((await params).slug);
  if (!release)
    throw new Error("opengraph-image rendered for an unknown release");
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#172554",
        color: "white",
      }}
    >
      <div style={{ display: "flex", fontSize: 32, color: MUTED_WHITE }}>
        {site.company} · Investor Relations · {release.listing.exchange}:{" "}
        {release.listing.ticker}
      </div>
      <div
        style={{
          display: "flex",
          fontSize: 60,
          fontWeight: 700,
          lineHeight: 1.15,
        }}
      >
        {release.headline}
      </div>
      <div style={{ display: "flex", fontSize: 32, color: MUTED_WHITE }}>
        Press release · {formatCalendarDate(release.date)}
      </div>
    </div>,
    size,
  );
}
