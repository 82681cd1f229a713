import { withAlerts } from "@/lib/alerts/server";
import { handleSubscribe } from "@/lib/alerts/subscribe";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  return withAlerts((inUse) => handleSubscribe(request, inUse));
}
