import type { ReactNode } from "react";
import { formatPeriod, periodDatetime, type Period } from "@/lib/time/period";

type TimelineEntryProps = {
  id: string;
  period: Period;
  /** For tests and styles: "filing", "call", "figure"… */
  kind: string;
  kindLabel: string;
  headline: ReactNode;
  children: ReactNode;
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
      <p className="timeline-date">
        {datetime ? <time dateTime={datetime}>{date}</time> : date}
      </p>
      <span data-event-kind={kind} className="tag justify-self-start">
        {kindLabel}
      </span>
      <div className="timeline-text">
        <p className="timeline-headline">{headline}</p>
        {children}
      </div>
    </li>
  );
}
