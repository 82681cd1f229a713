/**
 * A worker process of the build's content step (scripts/content-step.ts):
 * parses a batch of release files the cache lacks into it, and says how many
 * it parsed and in which process.
 */
import { z } from "zod";
import { fillReleaseCache, ReleaseCache } from "../lib/content/authoring";

/** A batch names its cache, so that the worker fills the step's own whatever its environment. */
export type Batch = {
  readonly files: readonly string[];
  readonly cacheDirectory: string;
  readonly codeVersion: string | undefined;
};

/** What a batch's result is, checked where it arrives from the worker process. */
export const batchResult = z.object({
  parsed: z.number().int(),
  process: z.number().int(),
});

const caches = new Map<string, ReleaseCache>();

export default function fillBatch(batch: Batch): z.infer<typeof batchResult> {
  const key = JSON.stringify([batch.cacheDirectory, batch.codeVersion]);
  let cache = caches.get(key);
  if (!cache) {
    cache = new ReleaseCache(batch.cacheDirectory, batch.codeVersion);
    caches.set(key, cache);
  }
  return { parsed: fillReleaseCache(batch.files, cache), process: process.pid };
}
