import type { Filing, YearOf } from "@/lib/content";
import { FilingList } from "@/components/filings/filing-list";
import { YearSection } from "@/components/ui/year-section";

type FilingsByYearProps = { groups: readonly YearOf<Filing>[] };

export function FilingsByYear({ groups }: FilingsByYearProps) {
  return (
    <div className="space-y-12">
      {groups.map(({ year, items }) => (
        <YearSection key={year} year={year}>
          <FilingList filings={items} />
        </YearSection>
      ))}
    </div>
  );
}
