import { describe, expect, it } from "vitest";
import { groupByYear, latestYears, type YearOf } from "./archive";

const yearOf = (date: string) => Number(date.slice(0, 4));

describe("groupByYear", () => {
  it("groups by year, newest year first, keeping each year's order", () => {
    const dates = ["2005-03-03", "2004-12-01", "2005-01-10", "2003-06-30"];
    expect(groupByYear(dates, yearOf)).toEqual([
      { year: 2005, items: ["2005-03-03", "2005-01-10"] },
      { year: 2004, items: ["2004-12-01"] },
      { year: 2003, items: ["2003-06-30"] },
    ]);
  });

  it("gives no year for no items", () => {
    expect(groupByYear([], yearOf)).toEqual([]);
  });
});

describe("latestYears", () => {
  const years = (...sizes: [number, number][]): YearOf<number>[] =>
    sizes.map(([year, size]) => ({
      year,
      items: Array.from({ length: size }, (_, index) => index),
    }));

  it("keeps the newest whole years within the budget", () => {
    const kept = latestYears(years([2006, 20], [2005, 25], [2004, 10]), 50);
    expect(kept.map(({ year }) => year)).toEqual([2006, 2005]);
  });

  it("keeps every year when they all fit", () => {
    const kept = latestYears(years([2005, 1], [2004, 1]), 50);
    expect(kept.map(({ year }) => year)).toEqual([2005, 2004]);
  });

  it("keeps the newest year even when it alone passes the budget", () => {
    const kept = latestYears(years([2006, 100], [2005, 1]), 50);
    expect(kept.map(({ year }) => year)).toEqual([2006]);
  });

  it("weighs each item as told", () => {
    const heavy = (index: number) => (index === 0 ? 30 : 1);
    const kept = latestYears(years([2006, 5], [2005, 5], [2004, 5]), 50, heavy);
    expect(kept.map(({ year }) => year)).toEqual([2006]);
  });

  it("keeps the order it is given: oldest first stays oldest first", () => {
    const kept = latestYears(years([2004, 5], [2005, 5], [2006, 45]), 50);
    expect(kept.map(({ year }) => year)).toEqual([2005, 2006]);
  });
});
