"use client";

import { useReaderTimeZone } from "@/components/ui/use-reader-clock";
import { Muted } from "@/components/ui/muted";

type ReaderTimeProps = { epochMs: number };

const readerFormat = {
  weekday: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
} as const;

/** An instant on the reader's own clock, in their locale; absent without JavaScript. */
export function ReaderTime({ epochMs }: ReaderTimeProps) {
  const zone = useReaderTimeZone();
  if (zone === null) return null;
  return (
    <p data-testid="reader-time">
      <Muted as="span">Your time ({zone.replaceAll("_", " ")}): </Muted>
      <time dateTime={new Date(epochMs).toISOString()} className="font-medium">
        {new Intl.DateTimeFormat(undefined, readerFormat).format(epochMs)}
      </time>
    </p>
  );
}
