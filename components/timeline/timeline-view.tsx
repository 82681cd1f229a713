import type { Release } from "@/lib/content";
import type { TimelineEntry, TimelineYear } from "@/lib/timeline/timeline";
import { KeyFigureItem } from "@/components/timeline/key-figure-item";
import type { EarlierQuote } from "@/components/timeline/source-sentence";
import { TimelineEventItem } from "@/components/timeline/timeline-event-item";
import { headingStyle } from "@/components/ui/headings";

type TimelineViewProps = {
  years: readonly TimelineYear[];
  releases: readonly Release[];
};

/** The timeline as ordered lists, a year each, an entry a line. */
export function TimelineView({ years, releases }: TimelineViewProps) {
  const bySlug = new Map(releases.map((release) => [release.slug, release]));
  const releaseOf = (slug: string) => {
    const release = bySlug.get(slug);
    if (!release)
      throw new Error(`timeline entry from unknown release ${slug}`);
    return release;
  };
  // A sentence shared by two entries is quoted by the first; the others point to it.
  const firstToQuote = new Map<string, EarlierQuote>();
  const sameAsEarlier = (entry: TimelineEntry, anchored: EarlierQuote) => {
    const source = entry.type === "event" ? entry.event : entry.figure;
    const key = `${source.releaseSlug}#${source.paragraphId}:${source.quote}`;
    const first = firstToQuote.get(key);
    if (!first) firstToQuote.set(key, anchored);
    return first;
  };
  return (
    <ol className="space-y-8">
      {years.map(({ year, items }) => (
        <li key={year}>
          <h2
            id={`timeline-${year}`}
            className={`border-b border-slate-200 pb-2 dark:border-slate-800 ${headingStyle[2]}`}
          >
            {year}
          </h2>
          <ol className="divide-y divide-slate-100 dark:divide-slate-800/60">
            {items.map((entry, index) => {
              if (entry.type === "figure") {
                const { figure } = entry;
                const id = `key-figure-${year}-${index}`;
                return (
                  <KeyFigureItem
                    key={id}
                    id={id}
                    figure={figure}
                    release={releaseOf(figure.releaseSlug)}
                    sameAs={sameAsEarlier(entry, { id, label: figure.label })}
                  />
                );
              }
              const { event } = entry;
              return (
                <TimelineEventItem
                  key={event.id}
                  event={event}
                  release={releaseOf(event.releaseSlug)}
                  sameAs={
                    // A release's line shows no sentence: it cannot stand for one.
                    event.kind === "release"
                      ? undefined
                      : sameAsEarlier(entry, event)
                  }
                />
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
