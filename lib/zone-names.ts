/**
 * How US releases name the zone of a call: the everyday name ("Eastern"), or
 * an abbreviation, which may also say whether summer time is meant.
 */
export const zoneNames: Readonly<
  Record<string, { zone: string; abbreviation?: string }>
> = {
  Eastern: { zone: "America/New_York" },
  ET: { zone: "America/New_York" },
  EST: { zone: "America/New_York", abbreviation: "EST" },
  EDT: { zone: "America/New_York", abbreviation: "EDT" },
  Central: { zone: "America/Chicago" },
  CT: { zone: "America/Chicago" },
  CST: { zone: "America/Chicago", abbreviation: "CST" },
  CDT: { zone: "America/Chicago", abbreviation: "CDT" },
  Mountain: { zone: "America/Denver" },
  MT: { zone: "America/Denver" },
  MST: { zone: "America/Denver", abbreviation: "MST" },
  MDT: { zone: "America/Denver", abbreviation: "MDT" },
  Pacific: { zone: "America/Los_Angeles" },
  PT: { zone: "America/Los_Angeles" },
  PST: { zone: "America/Los_Angeles", abbreviation: "PST" },
  PDT: { zone: "America/Los_Angeles", abbreviation: "PDT" },
};

export function isZoneName(word: string): boolean {
  return Object.hasOwn(zoneNames, word);
}
