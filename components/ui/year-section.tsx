import type { ReactNode } from "react";
import { headingStyle } from "@/components/ui/headings";

type YearSectionProps = { year: number; children: ReactNode };

/** One year of a list, under its year as a heading. */
export function YearSection({ year, children }: YearSectionProps) {
  return (
    <section aria-labelledby={`year-${year}`}>
      <h2
        id={`year-${year}`}
        className={`mb-5 border-b border-slate-200 pb-2 dark:border-slate-800 ${headingStyle[2]}`}
      >
        {year}
      </h2>
      {children}
    </section>
  );
}
