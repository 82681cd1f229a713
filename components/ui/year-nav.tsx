import { FilterNav } from "@/components/ui/filter-nav";

type YearNavProps = {
  /** What the years are of, for screen readers: "Press releases by year". */
  label: string;
  /** Newest first. */
  years: readonly number[];
  yearHref: (year: number) => string;
  /** The first page, which shows the latest years. */
  latestHref: string;
  /** The year on show, or "latest" on the first page. */
  selected: number | "latest";
  /** Shown before the years when another filter stands beside them. */
  caption?: string;
};

/** The way to every year of a list: the latest first, then each year's own page. */
export function YearNav({
  label,
  years,
  yearHref,
  latestHref,
  selected,
  caption,
}: YearNavProps) {
  return (
    <FilterNav
      label={label}
      caption={caption}
      layout="wrap"
      options={[
        { label: "Latest", href: latestHref, current: selected === "latest" },
        ...years.map((year) => ({
          label: String(year),
          href: yearHref(year),
          current: selected === year,
        })),
      ]}
    />
  );
}
