import type { Call } from "@/lib/content";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { DialInList } from "@/components/calls/dial-in-list";
import { WebcastAccess } from "@/components/calls/webcast-access";
import { SectionHeading, Subheading } from "@/components/ui/headings";
import { Muted } from "@/components/ui/muted";
import { callKindWords } from "@/lib/calls/call-kinds";
import { callSectionWords } from "@/lib/calls/call-section-words";

const whileOpen =
  "group-data-[phase=ended]/call:hidden group-data-[phase=replay]/call:hidden";
const onceClosed =
  "hidden group-data-[phase=ended]/call:inline group-data-[phase=replay]/call:inline";
const noteOnceClosed =
  "hidden group-data-[phase=ended]/call:block group-data-[phase=replay]/call:block";

/**
 * How to join live: tap-to-call numbers and the webcast; once it is over,
 * the record of them. No telephone part for an event that has no telephone.
 */
export function LiveSection({ call }: { call: Call }) {
  const words = callKindWords[call.kind];
  const hasTelephone = call.dialIn.length > 0 || words.expectsTelephone;
  return (
    <section aria-labelledby="live-heading">
      <SectionHeading id="live-heading">
        <span className={whileOpen}>{words.joinHeading}</span>
        <span className={onceClosed}>{words.joinedHeading}</span>
      </SectionHeading>
      <Muted className={`mt-2 ${noteOnceClosed}`}>
        Ended on {formatCalendarDate(call.date)}.{" "}
        {hasTelephone
          ? "The numbers are kept here as the release gave them."
          : "Its webcast is kept here as the release gave it."}
      </Muted>
      {hasTelephone && (
        <>
          <Subheading>{callSectionWords.telephone}</Subheading>
          {call.dialIn.length > 0 ? (
            <DialInList numbers={call.dialIn} line="call" />
          ) : (
            <p>The release gives no dial-in number.</p>
          )}
        </>
      )}
      {hasTelephone && <Subheading>{callSectionWords.webcast}</Subheading>}
      {call.webcast ? (
        <WebcastAccess
          webcast={call.webcast}
          name={callSectionWords.webcast}
          buttonWhile="live"
        />
      ) : (
        <p>The release announces no webcast.</p>
      )}
    </section>
  );
}
