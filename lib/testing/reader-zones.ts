import { Temporal } from "temporal-polyfill";

/** Readers from the Pacific to Japan: a release must be on its dateline day for each. */
export const READER_ZONES = [
  "America/Los_Angeles",
  "America/New_York",
  "Europe/London",
  "Asia/Tokyo",
] as const;

/** The day a reader whose clock is set to `zone` sees for an instant, emitted as text or epoch milliseconds. */
export function dayIn(emitted: string | number, zone: string): string {
  const epochMs = typeof emitted === "number" ? emitted : Date.parse(emitted);
  return Temporal.Instant.fromEpochMilliseconds(epochMs)
    .toZonedDateTimeISO(zone)
    .toPlainDate()
    .toString();
}
