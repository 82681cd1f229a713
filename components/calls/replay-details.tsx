import { builtAt } from "@/lib/time/build-time";
import { Muted } from "@/components/ui/muted";
import {
  formatCalendarDate,
  type CalendarDate,
} from "@/lib/time/calendar-date";
import type { Call, Replay } from "@/lib/content";
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
      <Muted small>
        Through the end of {day}, taken in the call&rsquo;s time zone (
        {zoneGenericName(endsAt, zone)}), as the release gives none for the
        replay: until {formatUtc(endsAt)}.
      </Muted>
    </>
  );
}

const channelHeadings: Record<Replay["channel"], string> = {
  telephone: "By telephone",
  webcast: "Webcast replay",
};

/** One replay: until when it runs, then the numbers and code to dial or the webcast to open. */
function ReplayOnChannel({ replay, call }: { replay: Replay; call: Call }) {
  return (
    <div>
      <Subheading>{channelHeadings[replay.channel]}</Subheading>
      <ReplayWindow
        through={replay.through}
        endsAt={replay.endsAt}
        zone={call.timing.zone}
        opensAt={call.window.endsAt}
      />
      {replay.channel === "webcast" ? (
        <WebcastAccess webcast={replay} />
      ) : (
        <>
          <div className="mt-3">
            <DialInList numbers={replay.numbers} />
          </div>
          {replay.code === undefined ? (
            <p className="mt-3">The release gives no replay code.</p>
          ) : (
            <p
              className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1"
              data-testid="replay-code"
            >
              <span className="w-24 shrink-0 text-sm text-slate-600 first-letter:uppercase dark:text-slate-400">
                {replay.codeName}
              </span>
              <span className="font-mono text-lg font-semibold tracking-wider">
                {replay.code}
              </span>
              <CopyButton value={replay.code} label={replay.codeName} />
            </p>
          )}
        </>
      )}
    </div>
  );
}

export function ReplayDetails({ call }: { call: Call }) {
  return (
    <section aria-labelledby="replay-heading" className="mt-10">
      <SectionHeading id="replay-heading">Replay</SectionHeading>
      {call.replays.length === 0 && (
        <p className="mt-2">The release announces no replay.</p>
      )}
      {call.replays.map((replay) => (
        <ReplayOnChannel key={replay.channel} replay={replay} call={call} />
      ))}
    </section>
  );
}
