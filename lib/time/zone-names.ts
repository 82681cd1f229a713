/**
 * How US releases name the zone of a call: the everyday name ("Eastern"), its
 * short form ("ET"), or an abbreviation that also says whether standard or
 * summer time is meant ("EST", "EDT").
 */
const usZones = [
  {
    zone: "America/New_York",
    names: ["Eastern", "ET"],
    standard: "EST",
    daylight: "EDT",
  },
  {
    zone: "America/Chicago",
    names: ["Central", "CT"],
    standard: "CST",
    daylight: "CDT",
  },
  {
    zone: "America/Denver",
    names: ["Mountain", "MT"],
    standard: "MST",
    daylight: "MDT",
  },
  {
    zone: "America/Los_Angeles",
    names: ["Pacific", "PT"],
    standard: "PST",
    daylight: "PDT",
  },
] as const;

export type ZoneName = {
  readonly zone: string;
  /** Set when the name itself says standard or summer time. */
  readonly abbreviation: string | undefined;
  readonly standard: string;
  readonly daylight: string;
};

const zoneByName = new Map<string, ZoneName>(
  usZones.flatMap(({ zone, names, standard, daylight }) => [
    ...names.map((name): [string, ZoneName] => [
      name,
      { zone, abbreviation: undefined, standard, daylight },
    ]),
    ...[standard, daylight].map((name): [string, ZoneName] => [
      name,
      { zone, abbreviation: name, standard, daylight },
    ]),
  ]),
);

export function zoneNamed(word: string): ZoneName | undefined {
  return zoneByName.get(word);
}

/** A word as a release writes it, without the brackets, quotes and stops around it: "(ET)." is "ET". */
export function withoutPunctuation(word: string): string {
  return word.replace(/^[("]+|[)",.;]+$/g, "");
}

/** Whether a word, as written and so perhaps "ET." or "(Eastern)", names a zone. */
export function isZoneName(word: string): boolean {
  return zoneByName.has(withoutPunctuation(word));
}
