import { toString as mdastText } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { findWeekdaysBesideDates } from "@/lib/time/dates-in-text";
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
    for (const { text, date, stated, actual } of findWeekdaysBesideDates(
      mdastText(paragraph),
    )) {
      if (actual !== stated)
        problems.push(
          bodyProblem(
            release,
            paragraph,
            `"${text}": ${formatCalendarDate(date)} was a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[stated]}`,
          ),
        );
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
