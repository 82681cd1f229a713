"use client";

import { replayStatus } from "@/lib/calls/call-status";
import { Muted } from "@/components/ui/muted";
import { AsOfBuild } from "@/components/ui/as-of-build";
import { useReaderClock } from "@/components/ui/use-reader-clock";

type ReplayStatusProps = {
  /** The replay opens when the call ends. */
  opensAt: number;
  endsAt: number;
  /** The last day, as the release states it: "April 12, 2004". */
  through: string;
  builtAt: number;
};

/** Whether a replay can be heard now, by the reader's clock (by the build's without JavaScript). */
export function ReplayStatus({
  opensAt,
  endsAt,
  through,
  builtAt,
}: ReplayStatusProps) {
  const now = useReaderClock();
  const status = replayStatus(now ?? builtAt, opensAt, endsAt);
  const text = {
    pending: `Replay available after the call, until ${through}`,
    available: `Replay available until ${through}`,
    ended: `Replay ended on ${through}`,
  }[status];
  return (
    <p data-testid="replay-status" data-status={status} className="font-medium">
      {text}
      {now === null && (
        <Muted as="span" className="font-normal">
          {" "}
          (<AsOfBuild builtAt={builtAt} />)
        </Muted>
      )}
    </p>
  );
}
