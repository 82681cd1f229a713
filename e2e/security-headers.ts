import { PHASE_PRODUCTION_SERVER } from "next/constants";
import nextConfig from "../next.config";

/**
 * The headers next.config.ts has `next start` send on every path, by name:
 * what a static host must send too (deploy/nginx.conf).
 */
export async function nextSecurityHeaders(): Promise<Record<string, string>> {
  const rules = (await nextConfig(PHASE_PRODUCTION_SERVER).headers?.()) ?? [];
  const everyPath = rules.find(({ source }) => source === "/:path*");
  if (!everyPath)
    throw new Error("next.config.ts sends no headers on every path");
  return Object.fromEntries(
    everyPath.headers.map(({ key, value }) => [key, value]),
  );
}
