/**
 * Where scripts may come from besides the hashed inline ones: the site's own
 * files, and WebAssembly compiled by the search. The header below adds
 * 'unsafe-inline'; each page's own policy (lib/publish/script-policy.ts)
 * adds the hashes of its inline scripts instead.
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Content-Security-Policy for a statically rendered Next.js site. Next inlines
 * its React Server Components payload in <script> tags, and nonces need
 * per-request rendering, so this header, the same for every page, allows
 * inline scripts; after the build each page gets a <meta> policy that allows
 * only its own inline scripts, by hash (scripts/pin-script-policy.ts), and a
 * browser enforces both. There is no 'unsafe-eval'.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src ${[...scriptSources, "'unsafe-inline'"].join(" ")}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * What `next start` sends with every response (next.config.ts), and what a
 * static host must send too (deploy/nginx.conf, held equal by a test).
 */
export const securityHeaders = [
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
] as const;
