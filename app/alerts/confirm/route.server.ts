import { withAlerts } from "@/lib/alerts/server";
import { confirm, showConfirmation } from "@/lib/alerts/token-links";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return showConfirmation(request);
}

export async function POST(request: Request): Promise<Response> {
  return withAlerts(({ store, now }) => confirm(request, store, now()));
}
