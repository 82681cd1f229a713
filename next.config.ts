import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { alertsServed } from "./lib/alerts/served";
import { securityHeaders } from "./lib/site/security-headers";

/**
 * STATIC_EXPORT=1 (`npm run export`) writes the whole site to out/ for any
 * static host; that host must then send the security headers itself
 * (deploy/nginx.conf).
 */
const staticExport = process.env.STATIC_EXPORT === "1";

/**
 * E-mail alerts need the Node server: their form posts and their links are
 * answered per request. Their route handlers end in `.server.ts` and their
 * pages in `.alerts.tsx`, which only the builds that serve them count as
 * routes: the export leaves out the handlers, and the pages too unless
 * ALERTS_ENDPOINT names a running server for the form to post to.
 */
const pageExtensions = [
  ...(staticExport ? [] : ["server.ts"]),
  ...(alertsServed(process.env) ? ["alerts.tsx"] : []),
  "tsx",
  "ts",
  "jsx",
  "js",
];

/**
 * Prerendered pages carry absolute URLs fixed at build time; a deploy built
 * without SITE_URL would point every canonical, feed and calendar link at
 * localhost, so the build says so, once (lib/site/config.ts has the fallback).
 */
function warnWithoutSiteUrl() {
  // Build workers load this file again; they inherit the flag and stay quiet.
  if (process.env.SITE_URL || process.env.SITE_URL_WARNING_GIVEN) return;
  process.env.SITE_URL_WARNING_GIVEN = "1";
  console.warn(
    "\u26a0 SITE_URL is not set: canonical URLs, feeds, the sitemap and calendar files will point at http://localhost on the port of this build (PORT, default 3000). Set SITE_URL to the public origin, e.g. https://ir.example.com, when building for production.",
  );
}

/**
 * Next 16 answers 500 to a path with a percent-encoding that is not UTF-8
 * ("/releases/%ZZ"; vercel/next.js#92527) instead of the 400 it means to.
 * No page's address has a "%" in it, so every such path is sent to the
 * not-found page before routing decodes it: a pattern in the route table,
 * where a proxy would run a function on every request.
 */
const percentEncodedPaths = {
  source: "/:path(.*%.*)",
  destination: "/_no-page-has-a-percent-sign",
};

const sharedConfig: NextConfig = {
  /** NEXT_DIST_DIR lets benchmarks build beside the site's own .next without touching it. */
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  pageExtensions,
  /**
   * `npm test` runs tsc over the whole project before its browser tests build
   * the site twice; it says so with TYPES_CHECKED=1, and the builds skip
   * checking the same files again.
   */
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === "1" },
  /**
   * Next keeps one core for its main process, which mostly waits while the
   * workers prerender pages; on a two-core machine that left one worker.
   * With every core, 3,000 synthetic release and call pages took 39 s
   * instead of 51 s to prerender.
   *
   * app/global-not-found.tsx draws the 404 page in a document of its own: as
   * the root layout's not-found.tsx, it rode along in every page's payload.
   */
  experimental: { cpus: availableParallelism(), globalNotFound: true },
  poweredByHeader: false,
  reactStrictMode: true,
  /** A native addon: link preview images load it from node_modules at build time. */
  serverExternalPackages: ["@resvg/resvg-js"],
};

const nextConfig: NextConfig = staticExport
  ? { ...sharedConfig, output: "export" }
  : {
      ...sharedConfig,
      async rewrites() {
        return { beforeFiles: [percentEncodedPaths] };
      },
      async headers() {
        return [{ source: "/:path*", headers: [...securityHeaders] }];
      },
    };

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) warnWithoutSiteUrl();
  return nextConfig;
}
