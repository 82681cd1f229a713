import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import {
  calendarDateSchema,
  calendarYear,
  formatCalendarDate,
  type CalendarDate,
} from "@/lib/time/calendar-date";

/**
 * When something happened, as precisely as a release says it: a day
 * ("2004-03-29"), a month ("2004-03"), a quarter ("2004-Q4") or a year ("2004").
 */
export type Period = {
  readonly precision: "day" | "month" | "quarter" | "year";
  /** As written in front matter. */
  readonly value: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
};

const day = (plain: Temporal.PlainDate): CalendarDate =>
  calendarDateSchema.parse(plain.toString());

function monthsPeriod(
  value: string,
  precision: Period["precision"],
  year: number,
  firstMonth: number,
  months: number,
): Period {
  const first = Temporal.PlainDate.from({ year, month: firstMonth, day: 1 });
  return {
    precision,
    value,
    start: day(first),
    end: day(first.add({ months }).subtract({ days: 1 })),
  };
}

/** Reads a period as written in front matter, or undefined if it is none of the four forms. */
export function parsePeriod(value: string): Period | undefined {
  const dayResult = calendarDateSchema.safeParse(value);
  if (dayResult.success)
    return {
      precision: "day",
      value,
      start: dayResult.data,
      end: dayResult.data,
    };
  try {
    const month = Temporal.PlainYearMonth.from(value, { overflow: "reject" });
    if (value === month.toString())
      return monthsPeriod(value, "month", month.year, month.month, 1);
  } catch {
    // not a month; try the other forms
  }
  const [yearPart, quarterPart, ...rest] = value.split("-Q");
  const year = Number(yearPart);
  if (yearPart?.length !== 4 || !Number.isInteger(year) || rest.length > 0)
    return undefined;
  if (quarterPart === undefined)
    return monthsPeriod(value, "year", year, 1, 12);
  const quarter = Number(quarterPart);
  return [1, 2, 3, 4].includes(quarter) && quarterPart.length === 1
    ? monthsPeriod(value, "quarter", year, quarter * 3 - 2, 3)
    : undefined;
}

export const periodSchema = z
  .union([z.string(), z.int().transform(String)])
  .transform((value, context): Period => {
    const period = parsePeriod(value);
    if (period) return period;
    context.addIssue({
      code: "custom",
      message: `expected a day (2004-03-29), month (2004-03), quarter (2004-Q4) or year (2004), got ${JSON.stringify(value)}`,
    });
    return z.NEVER;
  });

const monthFormat = new Intl.DateTimeFormat("en-US", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "March 29, 2004", "March 2004", "Q4 2004" or "2004". */
export function formatPeriod(period: Period): string {
  switch (period.precision) {
    case "day":
      return formatCalendarDate(period.start);
    case "month":
      return monthFormat.format(new Date(`${period.start}T00:00:00Z`));
    case "quarter":
      return period.value.split("-").reverse().join(" ");
    case "year":
      return period.value;
  }
}

/** A valid HTML `<time datetime>` for the period; HTML has none for a quarter. */
export function periodDatetime(period: Period): string | undefined {
  return period.precision === "quarter" ? undefined : period.value;
}

/** Earlier start first; a wider period before a narrower one that starts the same day. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.end === b.end ? 0 : a.end > b.end ? -1 : 1;
}

/**
 * By the day a period ends, when what it describes is known: a quarter's
 * figures after the days inside the quarter. Of two periods ending the same
 * day, the wider (the year) before the narrower (its fourth quarter).
 */
export function comparePeriodEnds(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.start === b.start ? 0 : a.start < b.start ? -1 : 1;
}

/** The calendar year a period starts in: where the timeline and the filings list file it. */
export function periodYear(period: Period): number {
  return calendarYear(period.start);
}
