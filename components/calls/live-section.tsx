import type { Call } from "@/lib/content";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { DialInList } from "@/components/calls/dial-in-list";
import { WebcastAccess } from "@/components/calls/webcast-access";
import { SectionHeading, Subheading } from "@/components/ui/headings";
import { Muted } from "@/components/ui/muted";

const whileOpen =
  "group-data-[phase=ended]/call:hidden group-data-[phase=replay]/call:hidden";
const onceClosed =
  "hidden group-data-[phase=ended]/call:inline group-data-[phase=replay]/call:inline";
const noteOnceClosed =
  "hidden group-data-[phase=ended]/call:block group-data-[phase=replay]/call:block";

/** How to listen live: tap-to-call numbers and the webcast; once the call is over, the record of them. */
export function LiveSection({ call }: { call: Call }) {
  return (
    <section aria-labelledby="live-heading">
      <SectionHeading id="live-heading">
        <span className={whileOpen}>Listen live</span>
        <span className={onceClosed}>The live call</span>
      </SectionHeading>
      <Muted className={`mt-2 ${noteOnceClosed}`}>
        Ended on {formatCalendarDate(call.date)}. The numbers are kept here as
        the release gave them.
      </Muted>
      <Subheading>By telephone</Subheading>
      {call.dialIn.length > 0 ? (
        <DialInList numbers={call.dialIn} line="call" />
      ) : (
        <p>The release gives no dial-in number.</p>
      )}
      <Subheading>Webcast</Subheading>
      {call.webcast ? (
        <WebcastAccess
          webcast={call.webcast}
          name="Webcast"
          buttonWhile="live"
        />
      ) : (
        <p>The release announces no webcast.</p>
      )}
    </section>
  );
}
