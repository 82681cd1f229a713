import { callsToIcs } from "@/lib/publish/calendar-ics";
import { getCalls } from "@/lib/content";

export const dynamic = "force-static";

export function GET() {
  return new Response(callsToIcs(getCalls()), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
}
