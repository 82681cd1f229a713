import { FilterNav } from "@/components/ui/filter-nav";
import { routes } from "@/lib/site/routes";

type YearFilterProps = {
  years: readonly number[];
  selected: number | undefined;
};

export function YearFilter({ years, selected }: YearFilterProps) {
  return (
    <FilterNav
      label="Filter by year"
      options={[
        {
          label: "All years",
          href: routes.releases,
          current: selected === undefined,
        },
        ...years.map((year) => ({
          label: String(year),
          href: routes.releasesOfYear(year),
          current: selected === year,
        })),
      ]}
    />
  );
}
