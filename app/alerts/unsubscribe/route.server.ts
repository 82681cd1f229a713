import { withAlerts } from "@/lib/alerts/server";
import { showUnsubscribe, unsubscribe } from "@/lib/alerts/token-links";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return showUnsubscribe(request);
}

export async function POST(request: Request): Promise<Response> {
  return withAlerts(({ store }) => unsubscribe(request, store));
}
