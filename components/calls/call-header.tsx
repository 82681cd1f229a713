import type { Call } from "@/lib/content";
import { whatAndWhere } from "@/lib/calls/call-kinds";
import { CallStatus } from "@/components/calls/call-status";
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
