import type { Call, Release } from "@/lib/content";
import { routes } from "@/lib/site/routes";
import { callKindWords, whatAndWhere } from "@/lib/calls/call-kinds";
import { CallStatus } from "@/components/calls/call-status";
import { CalendarDateTime } from "@/components/ui/calendar-date-time";
import { TextLink } from "@/components/ui/text-link";
import { headingStyle } from "@/components/ui/headings";

/**
 * The call's status and title, and for any other kind of event what it is,
 * where, and who speaks: short, so that what the phase calls for is in the
 * first screen.
 */
export function CallHeader({ call }: { call: Call }) {
  const about = whatAndWhere(call);
  return (
    <header className="mb-10">
      <CallStatus call={call} />
      <h1 className={`mt-3 ${headingStyle[1]}`}>{call.title}</h1>
      {about.length > 0 && (
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
          {about.join(" · ")}
        </p>
      )}
      {call.speakers.length > 0 && (
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          <span className="font-medium">
            {call.speakers.length === 1 ? "Speaker: " : "Speakers: "}
          </span>
          {call.speakers.join("; ")}
        </p>
      )}
    </header>
  );
}

type CallSourceProps = { call: Call; release: Release };

/** The release that announced the call: where every number on the page comes from. */
export function CallSource({ call, release }: CallSourceProps) {
  return (
    <footer className="mt-10 border-t border-slate-200 pt-6 text-slate-700 dark:border-slate-800 dark:text-slate-300">
      <p>
        Announced in the press release of{" "}
        <CalendarDateTime date={release.date} />:{" "}
        <TextLink href={routes.release(release.slug)}>
          {release.headline}
        </TextLink>
        {call.purpose && (
          <>
            . The {callKindWords[call.kind].noun} is {call.purpose}.
          </>
        )}
      </p>
    </footer>
  );
}
