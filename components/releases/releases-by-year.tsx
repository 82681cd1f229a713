import type { Release, YearOf } from "@/lib/content";
import { ReleaseList } from "@/components/releases/release-list";
import { YearSection } from "@/components/ui/year-section";

type ReleasesByYearProps = { groups: readonly YearOf<Release>[] };

export function ReleasesByYear({ groups }: ReleasesByYearProps) {
  return (
    <div className="space-y-12">
      {groups.map(({ year, items }) => (
        <YearSection key={year} year={year}>
          <ReleaseList releases={items} />
        </YearSection>
      ))}
    </div>
  );
}
