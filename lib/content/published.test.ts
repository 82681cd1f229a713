import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures, problemsLoading } from "@/lib/testing/content-problems";
import { dayIn } from "@/lib/testing/reader-zones";
import { loadReleases } from "./load";

const releases = loadReleases(path.join(fixtures, "issued-time"));
const release = (slugEnd: string) => {
  const found = releases.find(({ slug }) => slug.endsWith(slugEnd));
  if (!found) throw new Error(`no fixture release ending ${slugEnd}`);
  return found;
};

describe("a release's instant of issue", () => {
  it.each([
    "Pacific/Honolulu",
    "America/Los_Angeles",
    "America/New_York",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Tokyo",
  ])(
    "without a time of issue, is on the dateline day for a reader in %s",
    (zone) => {
      expect(dayIn(release("no-time-of-issue").publishedAt, zone)).toBe(
        "2004-03-29",
      );
    },
  );

  it("with a time of issue, is that time on the company's clock (Eastern)", () => {
    const afterTheClose = release("issued-after-the-close").publishedAt;
    expect(new Date(afterTheClose).toISOString()).toBe(
      "2005-03-03T21:05:00.000Z",
    );
    // A real instant: 4:05 p.m. in Boston is already the next morning in Tokyo.
    expect(dayIn(afterTheClose, "America/Los_Angeles")).toBe("2005-03-03");
    expect(dayIn(afterTheClose, "Asia/Tokyo")).toBe("2005-03-04");
  });

  it("with a time of issue and its own zone, is read in that zone", () => {
    expect(
      new Date(release("issued-in-chicago").publishedAt).toISOString(),
    ).toBe("2005-03-01T14:00:00.000Z");
  });

  it("refuses a time of issue that the clocks skipped that day", () => {
    expect(problemsLoading("issued-time-skipped")).toEqual([
      {
        file: `${fixtures}/issued-time-skipped/releases/2005-04-03-issued-in-the-gap.md`,
        field: "issued",
        message:
          "02:30 on 2005-04-03 does not exist, or happens twice, in America/New_York (a daylight-saving change)",
      },
    ]);
  });
});
