import type { Call, Replay } from "@/lib/content";
import {
  replayClosesAt,
  replayPhases,
  type ReplayPhase,
} from "@/lib/calls/call-phase";
import { CopyButton } from "@/components/ui/copy-button";
import { SectionHeading, Subheading } from "@/components/ui/headings";
import { PhaseScope } from "@/components/ui/phase-scope";
import { DialInList } from "@/components/calls/dial-in-list";
import { ReplayTimesNote } from "@/components/calls/replay-times-note";
import { WebcastAccess } from "@/components/calls/webcast-access";
import { callKindWords } from "@/lib/calls/call-kinds";
import {
  callSectionWords,
  replayHeading,
  replayWindowWords,
} from "@/lib/calls/call-section-words";

const shownIn: Record<ReplayPhase, string> = {
  pending: "hidden group-data-[phase=pending]/replay:block",
  available: "hidden group-data-[phase=available]/replay:block",
  ended: "hidden group-data-[phase=ended]/replay:block",
};

/** Whether a replay can be heard now, in plain words, one line per phase. */
function ReplayWindow({ replay, call }: { replay: Replay; call: Call }) {
  const text = replayWindowWords(replay, call);
  if (text === undefined) return <p>{callSectionWords.noReplayEndDate}</p>;
  return (
    <div data-testid="replay-status" className="font-medium">
      {replayPhases.map((phase) => (
        <p key={phase} className={shownIn[phase]}>
          {text[phase]}
        </p>
      ))}
    </div>
  );
}

/** One replay: until when it runs, then the numbers and code to dial or the webcast to open. */
export function ReplayChannel({
  replay,
  call,
}: {
  replay: Replay;
  call: Call;
}) {
  const opensAt = call.window.endsAt;
  return (
    <PhaseScope
      bounds={[opensAt, replayClosesAt(replay, opensAt)]}
      phases={replayPhases}
      className="group/replay data-[phase=ended]:order-last"
    >
      <Subheading>{replayHeading(replay, call)}</Subheading>
      <ReplayWindow replay={replay} call={call} />
      {replay.channel === "webcast" ? (
        <WebcastAccess
          webcast={replay}
          name={callKindWords[call.kind].webcastReplay}
          buttonWhile="available"
        />
      ) : (
        <>
          <div className="mt-3">
            <DialInList numbers={replay.numbers} line="replay" />
          </div>
          {replay.code === undefined ? (
            <p className="mt-3">The release gives no replay code.</p>
          ) : (
            // As tall as its Copy button, so that a first paint without the
            // button already puts the label where it stays.
            <p
              className="mt-3 flex min-h-7.5 flex-wrap items-center gap-x-3 gap-y-1"
              data-testid="replay-code"
            >
              <span className="w-24 shrink-0 text-sm text-slate-600 first-letter:uppercase dark:text-slate-400">
                {replay.codeName}
              </span>
              <span className="text-lg font-semibold tracking-wider tabular-nums group-data-[phase=ended]/replay:font-medium group-data-[phase=ended]/replay:text-slate-600 dark:group-data-[phase=ended]/replay:text-slate-400">
                {replay.code}
              </span>
              <CopyButton value={replay.code} label={replay.codeName} />
            </p>
          )}
        </>
      )}
    </PhaseScope>
  );
}

/** The call's replays, the ones still running first, and how their end times were worked out. */
export function ReplayDetails({ call }: { call: Call }) {
  return (
    <section aria-labelledby="replay-heading">
      <SectionHeading id="replay-heading">
        {callSectionWords.replay}
      </SectionHeading>
      {call.replays.length === 0 && (
        <p className="mt-2">The release announces no replay.</p>
      )}
      <div className="flex flex-col">
        {call.replays.map((replay) => (
          <ReplayChannel key={replay.channel} replay={replay} call={call} />
        ))}
      </div>
      <ReplayTimesNote call={call} />
    </section>
  );
}
