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
 * filing lists every release that names it, a timeline line its sentence).
 */
export const latestPageBudget = {
  releases: 50,
  pastCalls: 8,
  timeline: 40,
  filings: 25,
} as const;

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
 * The newest years that together hold at most `budget` items, and at least
 * the newest year however many it holds, in the order given.
 */
export function latestYears<T>(
  years: readonly YearOf<T>[],
  budget: number,
): YearOf<T>[] {
  const newestFirst = [...years].sort((a, b) => b.year - a.year);
  const kept = new Set<number>();
  let count = 0;
  for (const { year, items } of newestFirst) {
    if (kept.size > 0 && count + items.length > budget) break;
    kept.add(year);
    count += items.length;
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
