/** The release date of a text: the one its dateline or a date line prints, or --date. */
import {
  calendarDateParts,
  calendarDateSchema,
  type CalendarDate,
} from "@/lib/time/calendar-date";
import { findDates, readDate } from "@/lib/time/dates-in-text";
import type { ReleaseLayout } from "./layout";
import type { ImportNote } from "./notes";

/**
 * Two days in leap years, so that "Feb. 29" reads, far apart in the year: a
 * text chrono reads as the same month and day from both names them itself
 * ("Mar. 3"), where "today" or "Thursday" depend on the day they are read on.
 */
const yearlessReferences = [
  calendarDateSchema.parse("2000-07-01"),
  calendarDateSchema.parse("2004-01-15"),
] as const;

type MonthAndDay = { readonly month: number; readonly day: number };

/** The month and day of a text that is only a date, printed with or without its year. */
function readMonthAndDay(text: string): MonthAndDay | undefined {
  const trimmed = text.trim();
  const [first, second] = yearlessReferences.map((reference) => {
    const [only, ...others] = findDates(trimmed, reference);
    // As readDate does: the date is the whole text, but for a closing mark.
    if (
      !only ||
      others.length > 0 ||
      only.end - only.start < trimmed.length - 1
    )
      return undefined;
    const [, month, day] = calendarDateParts(only.date);
    return { month, day };
  });
  return first && first.month === second?.month && first.day === second.day
    ? first
    : undefined;
}

/** A line that is only a date, with its year or without: the layout's header date line and dateline date. */
export const isDateLine = (line: string) =>
  readDate(line) !== undefined || readMonthAndDay(line) !== undefined;

/**
 * The release date: `option` (--date) if given, else the date the dateline or
 * a date line prints. A date the text prints that is no date, or is printed
 * without its year, is not guessed: the notes say so, and ask for --date.
 */
export function releaseDateOf(
  layout: Pick<ReleaseLayout, "dateline" | "headerDateText">,
  option: CalendarDate | undefined,
  notes: ImportNote[],
): CalendarDate | undefined {
  const printed = layout.dateline?.dateText ?? layout.headerDateText;
  const stated = printed === undefined ? undefined : readDate(printed);
  // A year left out is never guessed: only --date gives it.
  const withoutYear =
    printed !== undefined && stated === undefined
      ? readMonthAndDay(printed)
      : undefined;
  const printedIn =
    layout.dateline?.dateText === undefined ? "the date line" : "the dateline";
  if (option && stated && option !== stated)
    notes.push({
      field: "date",
      message: `--date ${option} used instead of ${stated}, the date the text gives`,
    });
  if (option && withoutYear) {
    const [, month, day] = calendarDateParts(option);
    if (month !== withoutYear.month || day !== withoutYear.day)
      notes.push({
        field: "date",
        message: `--date ${option} used, though its month and day are not those of ${JSON.stringify(printed)}, which ${printedIn} prints without a year`,
      });
  }
  if (!option && !stated)
    notes.push({
      field: "date",
      message:
        printed === undefined
          ? "no release date found in a dateline or on a line of its own; give it with --date YYYY-MM-DD"
          : withoutYear
            ? `${printedIn} prints ${JSON.stringify(printed)} without a year, which is not guessed; give the release date with --date YYYY-MM-DD`
            : `the dateline's date ${JSON.stringify(printed)} is not a real date, and is not guessed; give it with --date YYYY-MM-DD`,
    });
  return option ?? stated;
}
