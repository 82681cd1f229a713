import { SiteLink } from "@/components/ui/site-link";

export type FilterOption = { label: string; href: string; current: boolean };

type FilterNavProps = { label: string; options: readonly FilterOption[] };

/**
 * Filters as plain links, one static page per choice, so they work without
 * JavaScript. One row, scrolling sideways on a narrow screen.
 */
export function FilterNav({ label, options }: FilterNavProps) {
  return (
    <nav
      aria-label={label}
      className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-2 print:hidden"
    >
      {options.map(({ label: optionLabel, href, current }) => (
        <SiteLink
          key={href}
          href={href}
          aria-current={current ? "page" : undefined}
          className="filter-chip"
        >
          {optionLabel}
        </SiteLink>
      ))}
    </nav>
  );
}
