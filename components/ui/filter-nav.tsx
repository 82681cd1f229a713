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
          className="shrink-0 rounded-full border border-slate-300 px-3.5 py-1.5 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700 aria-[current=page]:border-brand-800 aria-[current=page]:bg-brand-800 aria-[current=page]:text-white dark:border-slate-700 dark:text-slate-300 dark:hover:border-brand-300 dark:hover:text-brand-300 dark:aria-[current=page]:border-brand-300 dark:aria-[current=page]:bg-brand-300 dark:aria-[current=page]:text-slate-950"
        >
          {optionLabel}
        </SiteLink>
      ))}
    </nav>
  );
}
