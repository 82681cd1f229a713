import { FilterNav } from "./filter-nav";

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
          href: "/releases",
          current: selected === undefined,
        },
        ...years.map((year) => ({
          label: String(year),
          href: `/releases/year/${year}`,
          current: selected === year,
        })),
      ]}
    />
  );
}
