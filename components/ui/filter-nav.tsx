import { SiteLink } from "@/components/ui/site-link";

export type FilterOption = { label: string; href: string; current: boolean };

type FilterNavProps = {
  /** What the options choose, for screen readers: "Filter by kind of event". */
  label: string;
  /** The same in a word or two, shown before the options where two filters stand together: "Year". */
  caption?: string;
  options: readonly FilterOption[];
  /** "row": one row, scrolling sideways on a narrow screen; "wrap": as many rows as it takes, every option in view. */
  layout?: "row" | "wrap";
};

/**
 * Filters as plain links, one static page per choice, so they work without
 * JavaScript and with the keyboard.
 */
export function FilterNav({
  label,
  caption,
  options,
  layout = "row",
}: FilterNavProps) {
  return (
    <nav
      aria-label={label}
      className="print:hidden sm:flex sm:items-baseline sm:gap-3"
    >
      {caption && (
        <p
          aria-hidden
          className="muted mb-1.5 shrink-0 text-sm sm:mb-0 sm:w-12"
        >
          {caption}
        </p>
      )}
      <div
        className={
          layout === "row"
            ? "-mx-1 flex min-w-0 gap-2 overflow-x-auto px-1 pb-2"
            : "flex flex-wrap gap-2"
        }
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
      </div>
    </nav>
  );
}
