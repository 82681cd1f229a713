const { availableParallelism } = require("node:os");
const { PHASE_PRODUCTION_BUILD } = require("next/constants");
const { alertsServed } = require("./lib/alerts/served");

/**
 * Content-Security-Policy for a statically rendered Next.js site. Next inlines
 * its React Server Components payload in <script> tags, and nonces need
 * per-request rendering, so this header, the same for every page, allows
 * inline scripts; after the build each page gets a <meta> policy that allows
 * only its own inline scripts, by hash (scripts/pin-script-policy.ts), and a
 * browser enforces both. There is no 'unsafe-eval'; 'wasm-unsafe-eval' lets
 * the search index's WebAssembly run.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
  {
    key: "Strict-Transport-Security",
    value: "max-age=63072000; includeSubDomains",
  },
  { key: "X-Frame-Options", value: "DENY" },
];

/**
 * STATIC_EXPORT=1 (`npm run export`) writes the whole site to out/ for any
 * static host; that host must then send the headers above itself (README).
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

/** NEXT_DIST_DIR lets benchmarks build beside the site's own .next without touching it. */
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

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

/**
 * `npm test` runs tsc over the whole project before its browser tests build
 * the site twice; it says so with TYPES_CHECKED=1, and the builds skip
 * checking the same files again.
 */
const typescript = { ignoreBuildErrors: process.env.TYPES_CHECKED === "1" };

/**
 * Next keeps one core for its main process, which mostly waits while the
 * workers prerender pages; on a two-core machine that left one worker.
 * With every core, 3,000 synthetic release and call pages took 39 s
 * instead of 51 s to prerender.
 *
 * app/global-not-found.tsx draws the 404 page in a document of its own: as
 * the root layout's not-found.tsx, it rode along in every page's payload.
 */
const experimental = { cpus: availableParallelism(), globalNotFound: true };

/** @type {import('next').NextConfig} */
const nextConfig = staticExport
  ? {
      output: "export",
      distDir,
      pageExtensions,
      typescript,
      experimental,
      poweredByHeader: false,
      reactStrictMode: true,
    }
  : {
      distDir,
      pageExtensions,
      typescript,
      experimental,
      poweredByHeader: false,
      reactStrictMode: true,
      async rewrites() {
        return { beforeFiles: [percentEncodedPaths] };
      },
      async headers() {
        return [{ source: "/:path*", headers: securityHeaders }];
      },
    };

module.exports = (/** @type {string} */ phase) => {
  if (phase === PHASE_PRODUCTION_BUILD) warnWithoutSiteUrl();
  return nextConfig;
};
