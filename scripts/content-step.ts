import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import {
  contentDirectory,
  defaultCacheDirectory,
  fillReleaseCache,
  loadReleases,
  ReleaseCache,
  uncachedReleaseFiles,
} from "../lib/content/authoring";
import { codeVersionOf, contentCodeFiles } from "./content-code";

/** Releases handed out at a time: a few hundred milliseconds of parsing. */
const BATCH = 8;

type Helper = { ready: boolean; done: Promise<number>; stop: () => void };

/**
 * Another process that takes batches from `take` until it gives an empty
 * one; `done` tells how many releases it parsed.
 */
function startHelper(take: () => string[]): Helper {
  const child = fork(path.join(__dirname, "fill-content-cache.ts"), [], {
    // The parent's loader flags (tsx's), so that the child runs TypeScript too.
    execArgv: process.execArgv,
  });
  let stopped = false;
  const helper: Helper = {
    ready: false,
    stop: () => {
      stopped = true;
      child.kill();
    },
    done: new Promise((resolve, reject) => {
      let parsed = 0;
      child.on("message", (message: unknown) => {
        // A helper stopped as it became ready: its first message may still arrive.
        if (stopped) return;
        if (
          typeof message === "object" &&
          message !== null &&
          "parsed" in message &&
          typeof message.parsed === "number"
        )
          parsed += message.parsed;
        helper.ready = true;
        child.send({ files: take() });
      });
      child.on("error", reject);
      child.on("exit", (code, signal) =>
        code === 0 || signal === "SIGTERM"
          ? resolve(parsed)
          : reject(new Error(`content step: a helper exited with ${code}`)),
      );
    }),
  };
  return helper;
}

/**
 * The build's content step: works out the version of the content code from
 * its import graph, so that a change to any file it imports parses every
 * release again; then parses the releases the cache lacks, sharing them
 * out among as many processes as there are cores when there are many, then
 * reads, cross-checks and returns them all as the build will. Logs how many
 * it parsed.
 */
export async function runContentStep() {
  const directory = contentDirectory();
  const cache = new ReleaseCache(
    defaultCacheDirectory(),
    codeVersionOf(await contentCodeFiles()),
  );
  // Before any helper starts: they, and the build's workers, open the cache without a version.
  cache.recordCodeVersion();
  const { files, total } = uncachedReleaseFiles(directory, cache);
  const queue = [...files];
  const take = () => queue.splice(0, BATCH);
  const helpers =
    files.length > 2 * BATCH
      ? Array.from({ length: availableParallelism() - 1 }, () =>
          startHelper(take),
        )
      : [];
  let parsedHere = 0;
  for (let batch = take(); batch.length > 0; batch = take()) {
    parsedHere += fillReleaseCache(batch, cache);
    // Lets helpers take their next batch while this process parses.
    await nextTurn();
  }
  // A helper still starting when the work ran out has none to do.
  helpers.filter((helper) => !helper.ready).forEach((helper) => helper.stop());
  const parsedByHelpers = await Promise.all(
    helpers.map((helper) => helper.done),
  );
  // Releases with problems were left uncached: this parses them again and throws.
  const releases = loadReleases(directory, { cache });
  const parsed = parsedByHelpers.reduce(
    (sum, count) => sum + count,
    parsedHere,
  );
  const shares =
    helpers.length > 0
      ? ` (by ${helpers.length + 1} processes: ${[parsedHere, ...parsedByHelpers].join(", ")})`
      : "";
  console.log(
    `content: parsed ${parsed} of ${total} releases, ${total - parsed} from the cache${shares}`,
  );
  return { releases, cache };
}
