import * as chrono from "chrono-node";
import { toString as mdastText } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { calendarDateOf } from "@/lib/time/instants";
import type { ContentProblem } from "../errors";
import { bodyProblem, type ContentRule, type ReleaseUnderCheck } from "./rule";

/** chrono numbers weekdays from Sunday = 0. */
const WEEKDAYS = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** Every weekday written beside a full date ("Thursday, March 17, 2005") must be that date's. */
function findWeekdayProblems(release: ReleaseUnderCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(release.tree, "paragraph", (paragraph) => {
    for (const { text, start } of chrono.parse(mdastText(paragraph))) {
      const stated = start.get("weekday");
      const year = start.get("year");
      const month = start.get("month");
      const day = start.get("day");
      const fullyStated = (["weekday", "year", "month", "day"] as const).every(
        (part) => start.isCertain(part),
      );
      if (
        !fullyStated ||
        stated === null ||
        year === null ||
        month === null ||
        day === null
      )
        continue;
      const { date, isoWeekday } = calendarDateOf(year, month, day);
      const actual = isoWeekday % 7;
      if (actual !== stated) {
        problems.push(
          bodyProblem(
            release,
            paragraph,
            `"${text}": ${formatCalendarDate(date)} was a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[stated]}`,
          ),
        );
      }
    }
  });
  return problems;
}

export const weekdaysMatchDates: ContentRule = {
  name: "weekdays-match-dates",
  description:
    'A weekday written beside a full date is that date\'s: "Thursday, March 17, 2005".',
  check: findWeekdayProblems,
};
