import Link from "next/link";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import type { Release, TimelineEvent } from "@/lib/content";
import { formatPeriod, periodDatetime } from "@/lib/time/period";
import { eventKindLabels } from "@/lib/timeline/timeline";
import { routes } from "@/lib/site/routes";
import { TextLink } from "@/components/ui/text-link";

type TimelineEventItemProps = { event: TimelineEvent; release: Release };

/** One event: its date, kind and label, and the sentence of the release that states it. */
export function TimelineEventItem({ event, release }: TimelineEventItemProps) {
  const milestone = event.kind === "release";
  const datetime = periodDatetime(event.period);
  return (
    <li
      id={event.id}
      className={`relative scroll-mt-6 border-l-2 pb-6 pl-6 target:bg-amber-50 dark:target:bg-amber-950/40 ${milestone ? "border-brand-700 dark:border-brand-300" : "border-slate-200 dark:border-slate-700"}`}
    >
      <span
        aria-hidden="true"
        className={`absolute top-1.5 -left-[7px] size-3 rounded-full ${milestone ? "-left-[9px] size-4 bg-brand-700 dark:bg-brand-300" : "bg-slate-400 dark:bg-slate-500"}`}
      />
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        {datetime ? (
          <time
            dateTime={datetime}
            className="font-medium text-slate-700 tabular-nums dark:text-slate-300"
          >
            {formatPeriod(event.period)}
          </time>
        ) : (
          <span className="font-medium text-slate-700 dark:text-slate-300">
            {formatPeriod(event.period)}
          </span>
        )}
        <span
          data-event-kind={event.kind}
          className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-300"
        >
          {eventKindLabels[event.kind]}
        </span>
        {event.expected && (
          <span className="rounded border border-amber-500 px-1.5 py-0.5 text-xs font-semibold text-amber-800 dark:text-amber-300">
            Expected
          </span>
        )}
      </p>
      <p
        className={`mt-1 text-slate-900 dark:text-white ${milestone ? "text-lg font-semibold" : "font-medium"}`}
      >
        {event.callSlug ? (
          <Link href={routes.call(event.callSlug)} className="hover:underline">
            {event.label}
          </Link>
        ) : (
          event.label
        )}
      </p>
      <blockquote className="mt-2 border-l-2 border-slate-200 pl-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
        “{event.quote}”
      </blockquote>
      <p className="mt-1 text-sm">
        {/* A full page load, not a client-side one, so that :target highlights the destination. */}
        <TextLink
          fullPageLoad
          href={routes.releaseParagraph(release.slug, event.paragraphId)}
        >
          {milestone
            ? "Read the release"
            : `From the release of ${formatCalendarDate(release.date)}`}
          <span className="sr-only">: {release.headline}</span>
        </TextLink>
      </p>
    </li>
  );
}
