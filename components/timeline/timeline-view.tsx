import type { Release } from "@/lib/content";
import type { TimelineYear } from "@/lib/timeline/timeline";
import { KeyFigureList } from "@/components/timeline/key-figure-list";
import { TimelineEventItem } from "@/components/timeline/timeline-event-item";

type TimelineViewProps = {
  years: readonly TimelineYear[];
  releases: readonly Release[];
};

/** The timeline as nested ordered lists: years, then months (or quarters), then events. */
export function TimelineView({ years, releases }: TimelineViewProps) {
  const releaseOf = (slug: string) => {
    const release = releases.find((candidate) => candidate.slug === slug);
    if (!release)
      throw new Error(`timeline event from unknown release ${slug}`);
    return release;
  };
  return (
    <ol className="space-y-12">
      {years.map(({ year, groups }) => (
        <li key={year}>
          <h2
            id={`timeline-${year}`}
            className="mb-6 font-serif text-3xl font-semibold text-slate-950 dark:text-white"
          >
            {year}
          </h2>
          <ol className="space-y-8">
            {groups.map((group) => (
              <li key={group.key} className="break-inside-avoid-page">
                <h3 className="mb-4 text-lg font-semibold text-slate-800 dark:text-slate-200">
                  {group.label}
                </h3>
                {group.figures.length > 0 && (
                  <div className="mb-5 ml-6 max-w-xl">
                    <KeyFigureList figures={group.figures} />
                  </div>
                )}
                {group.events.length > 0 && (
                  <ol>
                    {group.events.map((event) => (
                      <TimelineEventItem
                        key={event.id}
                        event={event}
                        release={releaseOf(event.releaseSlug)}
                      />
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
