import { builtAt } from "@/lib/time/build-time";
import type { Call } from "@/lib/content";
import { CallStatusBadge } from "@/components/calls/call-status-badge";

/** A call's status badge, handed only what the reader's browser needs and the build's time. */
export function CallStatus({ call }: { call: Call }) {
  return (
    <CallStatusBadge
      window={call.window}
      timeKnown={call.timing.kind === "exact"}
      builtAt={builtAt}
    />
  );
}
