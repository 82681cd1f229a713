import Link from "next/link";

type YearFilterProps = {
  years: readonly number[];
  selected: number | undefined;
};

/** Plain links, one page per year, so the filter works without JavaScript. */
export function YearFilter({ years, selected }: YearFilterProps) {
  const options = [
    { label: "All years", href: "/releases", current: selected === undefined },
    ...years.map((year) => ({
      label: String(year),
      href: `/releases/year/${year}`,
      current: selected === year,
    })),
  ];
  return (
    <nav aria-label="Filter by year" className="flex flex-wrap gap-2">
      {options.map(({ label, href, current }) => (
        <Link
          key={href}
          href={href}
          aria-current={current ? "page" : undefined}
          className="rounded-full border border-slate-300 px-3.5 py-1.5 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700 aria-[current=page]:border-brand-800 aria-[current=page]:bg-brand-800 aria-[current=page]:text-white dark:border-slate-700 dark:text-slate-300 dark:hover:border-brand-300 dark:hover:text-brand-300 dark:aria-[current=page]:border-brand-300 dark:aria-[current=page]:bg-brand-300 dark:aria-[current=page]:text-slate-950"
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
