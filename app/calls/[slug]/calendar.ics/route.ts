import { callsToIcs } from "@/lib/publish/calendar-ics";
import { getCall, getCalls } from "@/lib/content";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getCalls().map(({ slug }) => ({ slug }));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string }> },
) {
  const { slug } = await params;
  const call = getCall(slug);
  if (!call) return new Response("Not found", { status: 404 });
  return new Response(callsToIcs([call]), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
}
