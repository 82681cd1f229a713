import { SiteLink } from "@/components/ui/site-link";
import { namedFilingId, type Release, type TimelineEvent } from "@/lib/content";
import { eventKindLabels } from "@/lib/timeline/timeline";
import { callKindWords } from "@/lib/calls/call-kinds";
import { routes } from "@/lib/site/routes";
import {
  SourceSentence,
  type EarlierQuote,
} from "@/components/timeline/source-sentence";
import { TimelineEntry } from "@/components/timeline/timeline-entry";
import { TimelineStatus } from "@/components/timeline/timeline-status";

type TimelineEventItemProps = {
  event: TimelineEvent;
  release: Release;
  sameAs: EarlierQuote | undefined;
};

/** One event on one line: its date, kind, label and status, and the release it comes from. */
export function TimelineEventItem({
  event,
  release,
  sameAs,
}: TimelineEventItemProps) {
  const href =
    event.kind === "release"
      ? routes.release(release.slug)
      : event.callSlug && routes.call(event.callSlug);
  // A full page load, not a client-side one, so that :target highlights the filing.
  const filingHref =
    event.form &&
    routes.filing({
      id: namedFilingId(event.form, event.period),
      period: event.period,
    });
  // A release's own line stands out: it is what the other lines come from.
  const labelClass =
    event.kind === "release"
      ? "timeline-label font-semibold"
      : "timeline-label";
  return (
    <TimelineEntry
      id={event.id}
      period={event.period}
      kind={event.kind}
      kindLabel={
        event.callKind === undefined
          ? eventKindLabels[event.kind]
          : callKindWords[event.callKind].label
      }
      headline={
        <>
          {filingHref ? (
            <a href={filingHref} className={labelClass}>
              {event.label}
            </a>
          ) : href ? (
            <SiteLink href={href} className={labelClass}>
              {event.label}
            </SiteLink>
          ) : (
            <span className={labelClass}>{event.label}</span>
          )}
          <TimelineStatus event={event} release={release} />
        </>
      }
    >
      {event.kind === "release" ? undefined : (
        <SourceSentence source={event} release={release} sameAs={sameAs} />
      )}
    </TimelineEntry>
  );
}
