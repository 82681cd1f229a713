import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { fixtures } from "@/lib/testing/content-problems";
import { processTimeZoneSetter } from "@/lib/testing/process-time-zone";
import { loadReleases } from "./load";

describe("loadReleases on valid content", () => {
  it("reads nested folders, newest first, with derived fields", () => {
    const releases = loadReleases(path.join(fixtures, "valid"));
    expect(releases.map((release) => release.slug)).toEqual([
      "2005-03-03-second-results",
      "2004-03-29-first-results",
    ]);
    const [newest] = releases;
    expect(newest?.sourceFile).toBe(
      `${fixtures}/valid/releases/2005/2005-03-03-second-results.md`,
    );
    expect(newest?.contacts[0]?.phone).toEqual({
      text: "978-589-8672",
      e164: "+19785898672",
      display: "(978) 589-8672",
      tollFree: false,
    });
    expect(newest?.html).toContain(
      '<span class="dateline">BOSTON, Mass.--(BUSINESS WIRE)--March 3, 2005--</span>',
    );
    expect(newest?.about).toEqual({
      heading: "About Example Corp",
      html: "<p>Example Corp makes examples.</p>",
    });
    expect(releases[1]?.about).toBeUndefined();
  });

  it("reads the site's own content", () => {
    const releases = loadReleases("content");
    expect(releases.map((release) => release.date)).toEqual([
      "2005-03-03",
      "2004-03-29",
    ]);
  });
});

describe("release dates are days in every time zone", () => {
  const setProcessTimeZone = processTimeZoneSetter();

  it.each(["America/Los_Angeles", "Asia/Tokyo"])(
    "reads March 29, 2004 with TZ=%s",
    (zone) => {
      setProcessTimeZone(zone);
      const releases = loadReleases("content");
      const release2004 = releases.find((release) =>
        release.slug.startsWith("2004-03-29-"),
      );
      const release2005 = releases.find((release) =>
        release.slug.startsWith("2005-03-03-"),
      );
      expect(release2004?.date).toBe("2004-03-29");
      expect(release2004 && formatCalendarDate(release2004.date)).toBe(
        "March 29, 2004",
      );
      expect(release2004?.html).toContain("(BUSINESS WIRE)--March 29, 2004--");
      expect(release2005?.html).toContain("(BUSINESS WIRE)--March 3, 2005--");
    },
  );
});
