import ICAL from "ical.js";

/** Value types that ical.js reads into objects, and so can check. */
const typedValues = new Set([
  "date",
  "date-time",
  "duration",
  "period",
  "utc-offset",
  "recur",
]);

/**
 * A property whose value ical.js reads as something else than written: a
 * duration "P1DT", which RFC 5545 does not allow, reads as "P1D".
 */
function valueProblems(property: ICAL.Property): string[] {
  if (!typedValues.has(property.type)) return [];
  const written: string[] = (property.toJSON() as unknown[])
    .slice(3)
    .map(String);
  const read = property.getValues().map(String);
  return written.flatMap((value, index) =>
    value === read[index]
      ? []
      : [
          `${property.name.toUpperCase()}:${value} reads as ${read[index] ?? "nothing"}`,
        ],
  );
}

/**
 * What is wrong with a calendar file, as ical.js reads it: text it cannot
 * parse throws; a value it reads otherwise than written is not one of the
 * format's; and each event needs a UID, a DTSTAMP, a DTSTART, and at most
 * one of DTEND and DURATION, DTEND of DTSTART's type.
 */
export function calendarProblems(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const problems = [calendar, ...calendar.getAllSubcomponents()].flatMap(
    (component) => component.getAllProperties().flatMap(valueProblems),
  );
  for (const event of calendar.getAllSubcomponents("vevent")) {
    const uid = String(event.getFirstPropertyValue("uid") ?? "an event");
    const missing = ["uid", "dtstamp", "dtstart"].filter(
      (name) => !event.hasProperty(name),
    );
    if (missing.length > 0)
      problems.push(`${uid} has no ${missing.join(", ")}`);
    if (event.hasProperty("dtend") && event.hasProperty("duration"))
      problems.push(`${uid} has both DTEND and DURATION`);
    const type = (name: string) => event.getFirstProperty(name)?.type;
    if (event.hasProperty("dtend") && type("dtend") !== type("dtstart"))
      problems.push(
        `${uid}: DTEND is a ${type("dtend")}, DTSTART a ${type("dtstart")}`,
      );
  }
  return problems;
}
