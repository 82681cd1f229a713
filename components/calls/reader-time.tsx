"use client";

import type { ReactNode } from "react";
import { readerTime } from "@/lib/time/reader-time";
import { useHydrated } from "@/components/ui/use-reader-clock";
import { Muted } from "@/components/ui/muted";

type ReaderTimeProps = {
  epochMs: number;
  /** The ReaderTimeScript, which writes the same text before the first paint. */
  filler: ReactNode;
};

/** An instant on the reader's own clock; hidden without JavaScript, as the server cannot know it. */
export function ReaderTime({ epochMs, filler }: ReaderTimeProps) {
  const hydrated = useHydrated();
  // Placeholders, never seen, that the script and then React write over: an
  // element left empty on the server would gain a node, which hydration refuses.
  const shown = hydrated
    ? readerTime(epochMs)
    : { zone: "UTC", time: new Date(epochMs).toISOString() };
  return (
    <>
      <p
        data-testid="reader-time"
        data-epoch={epochMs}
        hidden={!hydrated}
        suppressHydrationWarning
      >
        <Muted as="span">
          Your time (
          <span data-zone suppressHydrationWarning>
            {shown.zone}
          </span>
          ):{" "}
        </Muted>
        <time
          dateTime={new Date(epochMs).toISOString()}
          className="font-medium"
          suppressHydrationWarning
        >
          {shown.time}
        </time>
      </p>
      {filler}
    </>
  );
}
