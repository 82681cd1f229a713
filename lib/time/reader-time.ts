/**
 * An instant on the reader's own clock, in their locale, with their zone's
 * name. Self-contained, because the script that writes it before the first
 * paint is written from its text.
 */
export function readerTime(epochMs: number): { zone: string; time: string } {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const time = new Intl.DateTimeFormat(undefined, {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(epochMs);
  return { zone: zone.replaceAll("_", " "), time };
}
