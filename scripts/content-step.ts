import { availableParallelism } from "node:os";
import path from "node:path";
import Tinypool from "tinypool";
import {
  contentDirectory,
  defaultCacheDirectory,
  fillReleaseCache,
  loadReleases,
  ReleaseCache,
  uncachedReleaseFiles,
} from "../lib/content/authoring";
import { codeVersionOf, contentCodeFiles } from "./content-code";
import { batchResult, type Batch } from "./fill-content-cache";

/** Releases handed out at a time: a few hundred milliseconds of parsing. */
const BATCH = 8;

function batchesOf(files: readonly string[]): string[][] {
  const batches = [];
  for (let start = 0; start < files.length; start += BATCH)
    batches.push(files.slice(start, start + BATCH));
  return batches;
}

function definedEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
}

/**
 * Parses the files in a pool of a process per core, a batch at a time;
 * returns how many each process that took a batch parsed (a process still
 * starting when the batches ran out takes none). Processes, not threads: they inherit this one's
 * loader flags (tsx's) and so run the TypeScript worker, which threads on
 * Node 20 do not.
 */
async function fillInProcesses(
  files: readonly string[],
  cache: ReleaseCache,
): Promise<number[]> {
  const pool = new Tinypool({
    filename: path.join(__dirname, "fill-content-cache.ts"),
    maxThreads: availableParallelism(),
    runtime: "child_process",
    // The workers' environment is the step's own; the pool leaves out any other.
    env: definedEnvironment(),
  });
  try {
    const results = await Promise.all(
      batchesOf(files).map(async (files) => {
        const batch: Batch = {
          files,
          cacheDirectory: cache.directory,
          codeVersion: cache.codeVersion,
        };
        return batchResult.parse(await pool.run(batch));
      }),
    );
    const byProcess = new Map<number, number>();
    for (const { process, parsed } of results)
      byProcess.set(process, (byProcess.get(process) ?? 0) + parsed);
    return [...byProcess.values()];
  } finally {
    await pool.destroy();
  }
}

/**
 * The build's content step: works out the version of the content code from
 * its import graph, so that a change to any file it imports parses every
 * release again; then parses the releases the cache lacks, sharing them
 * out among a process per core when there are many; then reads,
 * cross-checks and returns them all as the build will. Logs how many it
 * parsed.
 */
export async function runContentStep() {
  const directory = contentDirectory();
  const cache = new ReleaseCache(
    defaultCacheDirectory(),
    codeVersionOf(await contentCodeFiles()),
  );
  // For the build's workers, which open the cache without a version.
  cache.recordCodeVersion();
  const { files, total } = uncachedReleaseFiles(directory, cache);
  // Starting processes costs more than a few batches take to parse here.
  const inPool = files.length > 2 * BATCH;
  const shares = inPool
    ? await fillInProcesses(files, cache)
    : [fillReleaseCache(files, cache)];
  // Releases with problems were left uncached: this parses them again and throws.
  const releases = loadReleases(directory, { cache });
  const parsed = shares.reduce((sum, count) => sum + count, 0);
  const sharedOut = inPool
    ? ` (in a pool of ${availableParallelism()} processes: ${shares.join(", ")})`
    : "";
  console.log(
    `content: parsed ${parsed} of ${total} releases, ${total - parsed} from the cache${sharedOut}`,
  );
  return { releases, cache };
}
