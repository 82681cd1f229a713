import path from "node:path";

/**
 * The content folder: CONTENT_DIR, so benchmarks and tests can build the site
 * from other content, else ./content. Content is read only at build time, so
 * the folder need not be traced into the server bundle. `env` is this
 * process's unless a caller (the importer, in its tests) gives its own.
 */
export function contentDirectory(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  return path.resolve(/* turbopackIgnore: true */ env.CONTENT_DIR ?? "content");
}
