import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let parent: string | undefined;

/**
 * A new empty folder for a test, under one parent per test process. Folders
 * handed to child processes (as CONTENT_DIR, say) outlive the call that made
 * them; removeTemporaryFolders, run after a file's tests, removes them all.
 */
export function temporaryFolder(prefix: string): string {
  parent ??= mkdtempSync(join(tmpdir(), "ir-tests-"));
  return mkdtempSync(join(parent, prefix));
}

export function removeTemporaryFolders() {
  if (parent !== undefined) rmSync(parent, { recursive: true, force: true });
  parent = undefined;
}
