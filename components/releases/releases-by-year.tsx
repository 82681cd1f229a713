import type { YearOfReleases } from "@/lib/content";
import { ReleaseList } from "@/components/releases/release-list";
import { headingStyle } from "@/components/ui/headings";

type ReleasesByYearProps = { groups: readonly YearOfReleases[] };

export function ReleasesByYear({ groups }: ReleasesByYearProps) {
  return (
    <div className="space-y-12">
      {groups.map(({ year, releases }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2
            id={`year-${year}`}
            className={`mb-5 border-b border-slate-200 pb-2 dark:border-slate-800 ${headingStyle[2]}`}
          >
            {year}
          </h2>
          <ReleaseList releases={releases} />
        </section>
      ))}
    </div>
  );
}
