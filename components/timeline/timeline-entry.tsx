import type { ReactNode } from "react";
import { formatPeriod, periodDatetime, type Period } from "@/lib/time/period";

type TimelineEntryProps = {
  id: string;
  period: Period;
  /** For tests and styles: "filing", "call", "figure"… */
  kind: string;
  kindLabel: string;
  headline: ReactNode;
  children?: ReactNode;
};

/**
 * A line of the timeline: its date and kind in columns of their own, then the
 * entry and its source; on a phone, the date and kind above the entry.
 */
export function TimelineEntry({
  id,
  period,
  kind,
  kindLabel,
  headline,
  children,
}: TimelineEntryProps) {
  const datetime = periodDatetime(period);
  const date = formatPeriod(period);
  return (
    <li id={id} className="timeline-entry">
      {datetime ? (
        <time dateTime={datetime} className="timeline-date">
          {date}
        </time>
      ) : (
        <p className="timeline-date">{date}</p>
      )}
      <span data-event-kind={kind} className="tag">
        {kindLabel}
      </span>
      {/* A year holds a hundred lines: one element fewer for each that has no source to show. */}
      {children ? (
        <div className="timeline-text">
          <p className="timeline-headline">{headline}</p>
          {children}
        </div>
      ) : (
        <p className="timeline-text timeline-headline">{headline}</p>
      )}
    </li>
  );
}
