import type { ReactNode } from "react";
import type { YearOf } from "@/lib/site/archive";
import { YearSection } from "@/components/ui/year-section";

type YearSectionsProps<Item> = {
  years: readonly YearOf<Item>[];
  /** One year's items, drawn as that list draws them. */
  children: (items: readonly Item[]) => ReactNode;
};

/** A list's years, each under its year as a heading, in the order given. */
export function YearSections<Item>({
  years,
  children,
}: YearSectionsProps<Item>) {
  return (
    <div className="space-y-12">
      {years.map(({ year, items }) => (
        <YearSection key={year} year={year}>
          {children(items)}
        </YearSection>
      ))}
    </div>
  );
}
