import type { Release } from "@/lib/content";
import { Muted } from "@/components/ui/muted";
import { CalendarDateTime } from "@/components/ui/calendar-date-time";
import { headingStyle } from "@/components/ui/headings";
import { ReleaseFiling } from "@/components/releases/release-filing";

type ReleaseHeaderProps = { release: Release };

export function ReleaseHeader({ release }: ReleaseHeaderProps) {
  return (
    <header className="mb-8 border-b border-slate-200 pb-6 dark:border-slate-800">
      <Muted small className="flex flex-wrap gap-x-3 gap-y-1">
        <span className="font-medium text-slate-800 dark:text-slate-200">
          Press release
        </span>
        <CalendarDateTime date={release.date} />
      </Muted>
      <h1 className={`mt-3 ${headingStyle[1]}`}>{release.headline}</h1>
      <Muted small className="mt-3">
        {[
          release.dateline,
          release.wire ?? "Issued on the company's website",
          `${release.listing.exchange}: ${release.listing.ticker}`,
        ].join(" · ")}
      </Muted>
      {release.sec && <ReleaseFiling sec={release.sec} />}
    </header>
  );
}
