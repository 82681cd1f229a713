/**
 * `npm run import -- <release.txt> [--date YYYY-MM-DD] [--slug words] [--force] [--dry-run] [--as-release]`
 *
 * Writes content/releases/<date>-<slug>.md from a wire-service text, read as
 * UTF-8, UTF-16 with a byte-order mark, or else Windows-1252. Exit codes: 0
 * written (or printed, with --dry-run); 1 nothing written, because the text
 * needs a decision, looks like no press release (a call transcript or script,
 * a table alone; --as-release imports it all the same) or the result fails
 * the content checks; 2 bad usage, or a
 * file that holds no text to import (missing, a directory, empty or binary).
 * The work is runImport's (scripts/run-import.ts); this file gives it the
 * process's arguments, environment and streams.
 */
import { runImport } from "./run-import";

// exitCode, not process.exit(), which can cut off output still queued for a pipe (asynchronous on macOS).
process.exitCode = runImport(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
