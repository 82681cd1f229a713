import { createHash } from "node:crypto";
import fs from "node:fs";

/** Where the content layer starts: what pages (index) and scripts (authoring) import of it. */
export const CONTENT_ENTRY_POINTS = [
  "lib/content/index.ts",
  "lib/content/authoring.ts",
];
/** The installed libraries, which parse and render releases too. */
const LOCKFILE = "package-lock.json";

/**
 * Every file of this repository the content layer imports, directly or
 * through others, types included: the code a cached release was made by.
 * Read from the import graph (dependency-cruiser), so that no list kept by
 * hand can leave one out.
 */
export async function contentCodeFiles(): Promise<string[]> {
  // Imported when called: dependency-cruiser is ESM only, and the scripts run as CommonJS.
  const { cruise } = await import("dependency-cruiser");
  const { default: extractTSConfig } =
    await import("dependency-cruiser/config-utl/extract-ts-config");
  const { output } = await cruise(
    CONTENT_ENTRY_POINTS,
    {
      doNotFollow: { path: "node_modules" },
      tsPreCompilationDeps: true,
      tsConfig: { fileName: "tsconfig.json" },
    },
    undefined,
    { tsConfig: extractTSConfig("tsconfig.json") },
  );
  if (typeof output === "string")
    throw new Error("dependency-cruiser gave text, not the import graph");
  const unresolved = output.modules.flatMap(({ source, dependencies }) =>
    dependencies
      .filter(({ couldNotResolve }) => couldNotResolve)
      .map(({ module }) => `${module} (from ${source})`),
  );
  if (unresolved.length > 0)
    throw new Error(
      `the content layer imports what cannot be found: ${unresolved.join(", ")}`,
    );
  return output.modules
    .filter(
      ({ source, coreModule }) =>
        !coreModule && !source.startsWith("node_modules/"),
    )
    .map(({ source }) => source)
    .sort();
}

/** The version of the content code: its files' names and texts, and the lockfile. */
export function codeVersionOf(
  files: readonly string[],
  read: (file: string) => Buffer = (file) => fs.readFileSync(file),
): string {
  const hash = createHash("sha256");
  for (const file of [...files, LOCKFILE])
    hash.update(file).update("\0").update(read(file)).update("\0");
  return hash.digest("hex");
}
