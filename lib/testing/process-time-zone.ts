import { afterEach } from "vitest";

/**
 * For tests that run code under another process time zone: returns a setter,
 * and after each test puts back the zone the run started with. An unset TZ is
 * deleted, not assigned: `process.env.TZ = undefined` stores the string
 * "undefined", which Node reads as UTC.
 */
export function processTimeZoneSetter(): (zone: string) => void {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  return (zone) => {
    process.env.TZ = zone;
    if (Intl.DateTimeFormat().resolvedOptions().timeZone !== zone)
      throw new Error(`the process did not take TZ=${zone}`);
  };
}
