/**
 * `npm run build`: the content step, then `next build` while the search
 * index is written beside it, then the pages' script policy. The index is
 * read only when the site is served, and Pagefind's indexing leaves much of
 * a core idle; Next's compiling, the first part of its build, needs nothing
 * of the content. `npm run export` writes the index first instead: Next
 * copies public/ into out/ as it ends.
 */
import { spawn } from "node:child_process";
import { runContentStep } from "./content-step";
import {
  describeSearchIndex,
  writeSearchIndex,
} from "../lib/publish/search-index";

/** Runs a command of this checkout's own, its output shown as it comes; rejects if it fails. */
function runCommand(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`,
            ),
          ),
    );
  });
}

async function main() {
  const { releases, cache } = await runContentStep();
  cache.prune();
  // Both run to their end, so that a failed index leaves no build running.
  const [index, next] = await Promise.allSettled([
    writeSearchIndex(releases),
    runCommand("next", ["build"]),
  ]);
  if (next.status === "rejected") throw next.reason;
  if (index.status === "rejected") throw index.reason;
  console.log(describeSearchIndex(index.value));
  await runCommand("tsx", [
    "scripts/pin-script-policy.ts",
    `${process.env.NEXT_DIST_DIR ?? ".next"}/server/app`,
  ]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
