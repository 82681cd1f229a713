/**
 * How the site's lists are split into pages: a page per year, and a first
 * page that shows the latest years as long as they stay short. A reader of
 * an IR site expects the current year first and the rest a click away; a
 * twenty-year archive on one page is more than a phone can open.
 */

/** One year's share of a list, in the list's own order. */
export type YearOf<T> = { readonly year: number; readonly items: readonly T[] };

/**
 * How many items a list's first page holds, in whole years and at least one
 * year: each about 100 KB of a page at most, by the weight of its items (a
 * filing lists every release that names it; a timeline line weighs what
 * timelineLineWeight says).
 */
export const latestPageBudget = {
  releases: 50,
  pastCalls: 8,
  timeline: 120,
  filings: 25,
} as const;

/**
 * How many earlier contacts /contacts lists, the most recently named first:
 * a reader holding an old release may look up who spoke for the company
 * then, but a twenty-year archive names more people than anyone calls; the
 * rest stay in the releases that name them.
 */
export const EARLIER_CONTACTS_SHOWN = 12;

/** The items by year, newest year first; each year keeps the items' order. */
export function groupByYear<T>(
  items: readonly T[],
  yearOf: (item: T) => number,
): YearOf<T>[] {
  const years = new Map<number, T[]>();
  for (const item of items) {
    const year = yearOf(item);
    const group = years.get(year);
    if (group) group.push(item);
    else years.set(year, [item]);
  }
  return [...years]
    .sort(([a], [b]) => b - a)
    .map(([year, yearItems]) => ({ year, items: yearItems }));
}

/**
 * The newest years whose items together weigh at most `budget` (each item 1
 * unless `weight` says otherwise), and at least the newest year however much
 * it holds, in the order given.
 */
export function latestYears<T>(
  years: readonly YearOf<T>[],
  budget: number,
  weight: (item: T) => number = () => 1,
): YearOf<T>[] {
  const newestFirst = [...years].sort((a, b) => b.year - a.year);
  const kept = new Set<number>();
  let total = 0;
  for (const { year, items } of newestFirst) {
    const yearWeight = items.reduce((sum, item) => sum + weight(item), 0);
    if (kept.size > 0 && total + yearWeight > budget) break;
    kept.add(year);
    total += yearWeight;
  }
  return years.filter(({ year }) => kept.has(year));
}

/** The route parameters of a list's year pages, for generateStaticParams. */
export function yearParams(years: readonly { year: number }[]) {
  return years.map(({ year }) => ({ year: String(year) }));
}

/** The year a route parameter names, if the list has it. */
export function findYear<Year extends { year: number }>(
  years: readonly Year[],
  param: string,
): Year | undefined {
  return years.find(({ year }) => String(year) === param);
}
