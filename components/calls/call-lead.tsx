import { SiteLink } from "@/components/ui/site-link";
import type { Call } from "@/lib/content";
import type { CallPhase } from "@/lib/calls/call-phase";
import { routes } from "@/lib/site/routes";
import { callKindWords } from "@/lib/calls/call-kinds";
import { callSectionWords } from "@/lib/calls/call-section-words";
import { CallStart } from "@/components/calls/call-start";
import { CallStatus } from "@/components/calls/call-status";
import { DialInList } from "@/components/calls/dial-in-list";
import { ReplayChannel } from "@/components/calls/replay-details";
import { WebcastAccess } from "@/components/calls/webcast-access";
import { ButtonLink } from "@/components/ui/button-link";
import { TextLink } from "@/components/ui/text-link";
import { headingStyle } from "@/components/ui/headings";

/** Shown in one phase of the enclosing `group/call` PhaseScope. */
const shownIn: Record<Exclude<CallPhase, "ended">, string> = {
  upcoming: "hidden group-data-[phase=upcoming]/call:block",
  live: "hidden group-data-[phase=live]/call:block",
  replay: "hidden flex-col group-data-[phase=replay]/call:flex",
};

/**
 * A call that is ahead, on, or has a replay running, with what the moment
 * calls for: the calendar file, the numbers to dial, or the replay's numbers
 * and code. Inside a `group/call` PhaseScope of the call's phases while it is
 * featured (featuredSchedule).
 */
export function CallLead({ call }: { call: Call }) {
  const headingId = `call-lead-${call.slug}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-brand-100 bg-brand-50 p-5 sm:p-6 dark:border-brand-900 dark:bg-brand-950"
    >
      <CallStatus call={call} />
      <h2 id={headingId} className={`mt-2 ${headingStyle[2]}`}>
        <SiteLink href={routes.call(call.slug)} className="hover:underline">
          {call.title}
        </SiteLink>
      </h2>
      <CallStart call={call} />
      <div className="mt-4">
        <div className={shownIn.upcoming}>
          <ButtonLink href={routes.callCalendar(call.slug)}>
            Add to calendar (.ics)
          </ButtonLink>
        </div>
        <div className={shownIn.live}>
          <DialInList numbers={call.dialIn} line="call" />
          {call.webcast && (
            <WebcastAccess
              webcast={call.webcast}
              name={callSectionWords.webcast}
              buttonWhile="live"
            />
          )}
        </div>
        <div className={shownIn.replay}>
          {call.replays.map((replay) => (
            <ReplayChannel key={replay.channel} replay={replay} call={call} />
          ))}
        </div>
      </div>
      <p className="mt-4 text-sm">
        <TextLink href={routes.call(call.slug)} className="font-medium">
          {`${callKindWords[call.kind].detailsLink}\u00a0\u2192`}
        </TextLink>
      </p>
    </section>
  );
}
