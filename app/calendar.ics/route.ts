import { callsToIcs, siteCalendarCalls } from "@/lib/publish/calendar-ics";
import { getCalls } from "@/lib/content";
import { builtAt } from "@/lib/time/build-time";

export const dynamic = "force-static";

export function GET() {
  return new Response(callsToIcs(siteCalendarCalls(getCalls(), builtAt)), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
}
