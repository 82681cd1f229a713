import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { temporaryFolder } from "./temporary-folder";

export type AlertsSendRun = {
  /** SIGKILL to the whole run, as a crash or an out-of-memory kill would end it. */
  readonly kill: () => void;
  /** Resolves once the run has printed `text`; rejects if it ends first. */
  readonly printed: (text: string) => Promise<void>;
  readonly ended: Promise<{
    readonly code: number | null;
    readonly signal: string | null;
    readonly output: string;
  }>;
};

/** `npm run alerts:send` as cron runs it, in a process group of its own so that a kill takes all of it. */
export function runAlertsSend(
  env: Readonly<Record<string, string>>,
): AlertsSendRun {
  const child = spawn("node_modules/.bin/tsx", ["scripts/alerts-send.ts"], {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const ended = new Promise<{
    code: number | null;
    signal: string | null;
    output: string;
  }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, output })),
  );
  let running = true;
  void ended.then(() => (running = false));
  return {
    kill: () => {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    },
    printed: async (text) => {
      while (!output.includes(text)) {
        if (!running)
          throw new Error(`the run ended without printing ${text}:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    ended,
  };
}

/** A content folder holding these release files, as a deploy that has published just them: for CONTENT_DIR. */
export function contentWith(files: readonly string[]): string {
  const folder = temporaryFolder("alerts-content-");
  mkdirSync(join(folder, "releases"));
  for (const file of files)
    copyFileSync(file, join(folder, "releases", basename(file)));
  return folder;
}

export const SEED_2004 =
  "content/releases/2004-03-29-update-on-status-of-financial-results.md";
export const SEED_2005 =
  "content/releases/2005-03-03-preliminary-fourth-quarter-2004-results.md";
/** A release whose every field tries to smuggle markup: alerts must carry it as text. */
export const HOSTILE_RELEASE =
  "e2e/export/hostile/2005-06-01-hostile-content-stays-inert.md";
