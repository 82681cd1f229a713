import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  formatPeriod,
  parsePeriod,
  periodDatetime,
  periodSchema,
} from "./period";

describe("parsePeriod", () => {
  it.each([
    ["2004-03-29", "day", "2004-03-29", "2004-03-29", "March 29, 2004"],
    ["2004-02", "month", "2004-02-01", "2004-02-29", "February 2004"],
    ["2005-02", "month", "2005-02-01", "2005-02-28", "February 2005"],
    ["2004-Q4", "quarter", "2004-10-01", "2004-12-31", "Q4 2004"],
    ["2003-Q1", "quarter", "2003-01-01", "2003-03-31", "Q1 2003"],
    ["2004", "year", "2004-01-01", "2004-12-31", "2004"],
  ])(
    "reads %s as a %s from %s to %s, shown as %s",
    (value, precision, start, end, shown) => {
      const period = parsePeriod(value);
      expect(period).toEqual({ precision, value, start, end });
      expect(period && formatPeriod(period)).toBe(shown);
    },
  );

  it.each([
    "2004-02-30",
    "2004-13",
    "2004-Q5",
    "2004-Q",
    "04",
    "March 2004",
    "2004-3",
    "",
  ])("refuses %j", (value) => {
    expect(parsePeriod(value)).toBeUndefined();
  });

  it("takes a bare YAML year, which arrives as a number", () => {
    expect(periodSchema.parse(2004)).toMatchObject({
      precision: "year",
      start: "2004-01-01",
    });
    expect(
      periodSchema.safeParse("2004-Q5").error?.issues[0]?.message,
    ).toContain('got "2004-Q5"');
  });

  it("has an HTML datetime for all but quarters", () => {
    const datetime = (value: string) => {
      const period = parsePeriod(value);
      return period && periodDatetime(period);
    };
    expect([
      datetime("2004-03-29"),
      datetime("2004-03"),
      datetime("2004"),
      datetime("2004-Q1"),
    ]).toEqual(["2004-03-29", "2004-03", "2004", undefined]);
  });
});

describe("comparePeriods", () => {
  const sorted = (values: string[]) =>
    values
      .map((value) => parsePeriod(value))
      .filter((period) => period !== undefined)
      .sort(comparePeriods)
      .map((period) => period.value);

  it("orders by start, the wider period first when two start together", () => {
    expect(
      sorted([
        "2004-03-29",
        "2004-03",
        "2004",
        "2004-Q1",
        "2003-12-31",
        "2004-03-01",
      ]),
    ).toEqual([
      "2003-12-31",
      "2004",
      "2004-Q1",
      "2004-03",
      "2004-03-01",
      "2004-03-29",
    ]);
  });
});
