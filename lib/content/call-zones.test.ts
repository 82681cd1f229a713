import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures, problemsLoading } from "@/lib/testing/content-problems";
import { loadReleases } from "./load";

const fileOf = (fixture: string, date: string) =>
  `${fixtures}/${fixture}/releases/${date}-${fixture}.md`;

describe("a call's zone is the one the body names after its time", () => {
  it.each([
    // "4:45 p.m. Eastern time" on March 3, 2005: EST, UTC−5.
    ["call-valid", "America/New_York", "2005-03-03T21:45:00Z"],
    // "3:45 p.m. Central time" on March 3, 2005: CST, UTC−6.
    ["call-zone-central", "America/Chicago", "2005-03-03T21:45:00Z"],
  ])("%s loads, in %s", (fixture, zone, startsAt) => {
    const [release] = loadReleases(path.join(fixtures, fixture));
    expect(release?.calls.map(({ timing }) => timing)).toMatchObject([
      { kind: "exact", zone, startsAt: Date.parse(startsAt) },
    ]);
  });

  it.each([
    [
      "call-zone-eastern-not-chicago",
      "2005-03-03",
      'America/Chicago is not the zone the body gives for the call (Eastern, America/New_York): "Example Corp will host a conference call today, March 03, 2005, beginning at 4:45 p.m. Eastern time."',
    ],
    [
      // "ET." ends the sentence: the zone must still be read as the time's.
      "call-zone-et-not-los-angeles",
      "2005-03-03",
      'America/Los_Angeles is not the zone the body gives for the call (ET, America/New_York): "Example Corp will host a conference call today, March 03, 2005, beginning at 4:45 p.m. ET."',
    ],
    [
      "call-zone-edt-in-january",
      "2005-01-27",
      'the release says EDT, but America/New_York keeps EST on 2005-01-27: "Example Corp will host a conference call today, January 27, 2005, beginning at 4:45 p.m. EDT."',
    ],
    [
      "call-zone-est-in-july",
      "2005-07-28",
      'the release says EST, but America/New_York keeps EDT on 2005-07-28: "Example Corp will host a conference call today, July 28, 2005, beginning at 4:45 p.m. EST."',
    ],
    [
      "call-zone-not-named",
      "2005-03-03",
      `the body names no US time zone after the call's time, so America/New_York is unchecked; review the release, and leave zone out if it names none: "Example Corp will host a conference call today, March 03, 2005, beginning at 4:45 p.m."`,
    ],
  ])("%s is refused", (fixture, date, message) => {
    expect(problemsLoading(fixture)).toEqual([
      { file: fileOf(fixture, date), field: "calls[0].zone", message },
    ]);
  });
});
