import { Fragment } from "react";
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
      {release.subheadline && (
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
          {release.subheadline}
        </p>
      )}
      {/* Each part on one line: "Nasdaq: / SONS" misreads on a phone. */}
      <Muted small className="mt-3">
        {[
          release.dateline,
          release.wire ?? "Issued on the company's website",
          `${release.listing.exchange}: ${release.listing.ticker}`,
        ].map((part, index) => (
          <Fragment key={part}>
            {index > 0 && " · "}
            <span className="whitespace-nowrap">{part}</span>
          </Fragment>
        ))}
      </Muted>
      {release.sec && <ReleaseFiling sec={release.sec} />}
    </header>
  );
}
