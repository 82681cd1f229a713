import path from "node:path";

/**
 * The content folder: CONTENT_DIR, so benchmarks and tests can build the site
 * from other content, else ./content. Content is read only at build time, so
 * the folder need not be traced into the server bundle.
 */
export function contentDirectory(): string {
  return path.resolve(
    /* turbopackIgnore: true */ process.env.CONTENT_DIR ?? "content",
  );
}
