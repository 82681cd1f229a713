import { builtAt } from "@/lib/time/build-time";
import {
  formatCalendarDate,
  type CalendarDate,
} from "@/lib/time/calendar-date";
import type { Call } from "@/lib/content";
import { formatUtc, zoneGenericName } from "@/lib/time/instants";
import { CopyButton } from "@/components/ui/copy-button";
import { SectionHeading, Subheading } from "@/components/ui/headings";
import { DialInList } from "@/components/calls/dial-in-list";
import { ReplayStatus } from "@/components/calls/replay-status";
import { WebcastAccess } from "@/components/calls/webcast-access";

type ReplayWindowProps = {
  through: CalendarDate | undefined;
  endsAt: number | undefined;
  zone: string | undefined;
  opensAt: number;
};

/** Until when a replay runs, and whether it still does, or what the release leaves out. */
function ReplayWindow({ through, endsAt, zone, opensAt }: ReplayWindowProps) {
  if (through === undefined)
    return <p>The release gives no end date for this replay.</p>;
  const day = formatCalendarDate(through);
  if (endsAt === undefined || zone === undefined) {
    return (
      <p>
        Available through {day}; the release gives no time zone for the end of
        that day.
      </p>
    );
  }
  return (
    <>
      <ReplayStatus
        opensAt={opensAt}
        endsAt={endsAt}
        through={day}
        builtAt={builtAt}
      />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Through the end of {day}, taken in the call&rsquo;s time zone (
        {zoneGenericName(endsAt, zone)}), as the release gives none for the
        replay: until {formatUtc(endsAt)}.
      </p>
    </>
  );
}

export function ReplayDetails({ call }: { call: Call }) {
  const { telephoneReplay: telephone, webcastReplay: webcast } = call;
  const opensAt = call.window.endsAt;
  return (
    <section aria-labelledby="replay-heading" className="mt-10">
      <SectionHeading id="replay-heading">Replay</SectionHeading>
      {!telephone && !webcast && (
        <p className="mt-2">The release announces no replay.</p>
      )}
      {telephone && (
        <div>
          <Subheading>By telephone</Subheading>
          <ReplayWindow
            through={telephone.through}
            endsAt={telephone.endsAt}
            zone={call.zone}
            opensAt={opensAt}
          />
          <div className="mt-3">
            <DialInList numbers={telephone.numbers} />
          </div>
          {telephone.code === undefined ? (
            <p className="mt-3">The release gives no replay code.</p>
          ) : (
            <p
              className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1"
              data-testid="replay-code"
            >
              <span className="w-24 shrink-0 text-sm text-slate-600 first-letter:uppercase dark:text-slate-400">
                {telephone.codeName}
              </span>
              <span className="font-mono text-lg font-semibold tracking-wider">
                {telephone.code}
              </span>
              <CopyButton value={telephone.code} label={telephone.codeName} />
            </p>
          )}
        </div>
      )}
      {webcast && (
        <div>
          <Subheading>Webcast replay</Subheading>
          <ReplayWindow
            through={webcast.through}
            endsAt={webcast.endsAt}
            zone={call.zone}
            opensAt={opensAt}
          />
          <WebcastAccess webcast={webcast} />
        </div>
      )}
    </section>
  );
}
