import { builtAt } from "@/lib/build-time";
import { callWindow } from "@/lib/call-status";
import { formatCalendarDate, type CalendarDate } from "@/lib/calendar-date";
import type { Call } from "@/lib/content";
import { formatUtc, zoneGenericName } from "@/lib/time";
import { CopyButton } from "./copy-button";
import { DialInList } from "./dial-in-list";
import { ReplayStatus } from "./replay-status";
import { WebcastAccess } from "./webcast-access";

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
        Through the end of {day}, {zoneGenericName(endsAt, zone)}: until{" "}
        {formatUtc(endsAt)}.
      </p>
    </>
  );
}

const subheading =
  "mt-6 mb-2 text-lg font-semibold text-slate-900 dark:text-white";

export function ReplayDetails({ call }: { call: Call }) {
  const { telephoneReplay: telephone, webcastReplay: webcast } = call;
  const opensAt = callWindow(call).endsAt;
  const codeName = telephone?.codeName ?? "code";
  return (
    <section aria-labelledby="replay-heading" className="mt-10">
      <h2
        id="replay-heading"
        className="font-serif text-2xl font-semibold text-slate-900 dark:text-white"
      >
        Replay
      </h2>
      {!telephone && !webcast && (
        <p className="mt-2">The release announces no replay.</p>
      )}
      {telephone && (
        <div>
          <h3 className={subheading}>By telephone</h3>
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
                {codeName}
              </span>
              <span className="font-mono text-lg font-semibold tracking-wider">
                {telephone.code}
              </span>
              <CopyButton value={telephone.code} label={codeName} />
            </p>
          )}
        </div>
      )}
      {webcast && (
        <div>
          <h3 className={subheading}>Webcast replay</h3>
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
