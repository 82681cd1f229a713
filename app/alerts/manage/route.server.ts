import { withAlerts } from "@/lib/alerts/server";
import { handleManageRequest } from "@/lib/alerts/manage";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  return withAlerts((inUse) => handleManageRequest(request, inUse));
}
