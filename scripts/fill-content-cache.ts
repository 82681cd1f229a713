/**
 * A helper process of the build's content step (scripts/content-step.ts): it
 * asks its parent for release files, a batch at a time, parses those the
 * cache lacks into it, and exits when given an empty batch.
 */
import {
  defaultCacheDirectory,
  fillReleaseCache,
  ReleaseCache,
} from "../lib/content/authoring";

const cache = new ReleaseCache(defaultCacheDirectory());

function isBatch(message: unknown): message is { files: string[] } {
  return (
    typeof message === "object" &&
    message !== null &&
    "files" in message &&
    Array.isArray(message.files) &&
    message.files.every((file) => typeof file === "string")
  );
}

process.on("message", (message: unknown) => {
  if (!isBatch(message)) throw new Error("fill-content-cache: not a batch");
  if (message.files.length === 0) {
    process.disconnect();
    return;
  }
  process.send?.({ parsed: fillReleaseCache(message.files, cache) });
});
// Ready for a first batch.
process.send?.({ parsed: 0 });
