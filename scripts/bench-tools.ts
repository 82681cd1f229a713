/**
 * What the benchmark's sections share: running commands, servers on loopback
 * ports stopped by process group, folders kept as they were, and printing.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { gzipSync } from "node:zlib";

export const NEXT_PORT = Number(process.env.BENCH_NEXT_PORT ?? 3301);
/** A build of thousands of synthetic releases takes minutes; a hang should not take hours. */
const COMMAND_TIMEOUT_MS = 30 * 60_000;

export const progress = (message: string) => console.log(`[bench] ${message}`);

export const table = (header: string[], rows: (string | number)[][]) => {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells: (string | number)[]) =>
    cells
      .map((cell, column) => String(cell).padStart(widths[column] ?? 0))
      .join(" | ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
};

export const gzipBytes = (bytes: Buffer) => gzipSync(bytes).length;
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * Runs `work` with `folder` moved to `aside`, then puts it back, dropping
 * whatever `work` wrote in its place: builds the benchmark makes write over
 * folders of the site's own build.
 */
export async function keepingAside<T>(
  folder: string,
  aside: string,
  work: () => T | Promise<T>,
): Promise<T> {
  rmSync(aside, { recursive: true, force: true });
  const moved = existsSync(folder);
  if (moved) renameSync(folder, aside);
  try {
    return await work();
  } finally {
    rmSync(folder, { recursive: true, force: true });
    if (moved) renameSync(aside, folder);
  }
}

/**
 * Builds with another distDir make Next add that folder to tsconfig.json;
 * the benchmark puts the file back as it was.
 */
export function keepingTsconfig<T>(work: () => T): T {
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    return work();
  } finally {
    writeFileSync("tsconfig.json", tsconfig);
  }
}

export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
) {
  const started = performance.now();
  const result = spawnSync(command, args, {
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 1 << 28,
    timeout: COMMAND_TIMEOUT_MS,
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`,
    );
  return {
    seconds: (performance.now() - started) / 1000,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** A server in its own process group, so that stopping it stops its children too. */
export function startServer(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): ChildProcess {
  return spawn(command, args, {
    env: { ...process.env, ...env },
    detached: true,
    stdio: "ignore",
  });
}

/** `next start` on loopback; `args` name the port, and the app's folder when not this one. */
export const nextStart = (args: string[], env: Record<string, string> = {}) =>
  startServer(
    "npx",
    ["next", "start", ...args, "--hostname", "127.0.0.1"],
    env,
  );

export function stopServer(server: ChildProcess) {
  if (server.pid === undefined) return;
  if (server.exitCode !== null || server.signalCode !== null) {
    console.error(
      `[bench] ${server.spawnargs.join(" ")} had already exited (${server.exitCode ?? server.signalCode})`,
    );
    return;
  }
  process.kill(-server.pid, "SIGTERM");
}

/** Figures from a server left over from another run would be wrong: stop before measuring one. */
export async function refuseAnswering(url: string) {
  const answered = await fetch(url).then(
    () => true,
    () => false,
  );
  if (answered)
    throw new Error(
      `${url} already answers: stop the server on that port and run again`,
    );
}

export async function waitFor(url: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** A figure measured at each of several sizes, and the target it should meet, if any. */
export type Figure<T> = {
  name: string;
  show: (at: T) => string | number;
  /** What the ratio of the last column to the first compares, where that means something. */
  value?: (at: T) => number;
  target?: string;
  met?: boolean;
};

/**
 * A table with a column per size, smallest first, the ratio of the last to
 * the first and the targets; then a line per target saying whether it is met.
 */
export function printFigures<T>(
  columns: { title: string; at: T }[],
  figures: Figure<T>[],
) {
  const first = columns[0];
  const last = columns.at(-1);
  if (!first || !last) return;
  table(
    [
      "figure",
      ...columns.map(({ title }) => title),
      `${last.title} / ${first.title}`,
      `target at ${last.title}`,
    ],
    figures.map(({ name, show, value, target }) => [
      name,
      ...columns.map(({ at }) => show(at)),
      value ? `${(value(last.at) / value(first.at)).toFixed(2)}×` : "",
      target ?? "",
    ]),
  );
  console.log(`\nTargets at ${last.title}:`);
  for (const { name, target, met } of figures)
    if (target !== undefined)
      console.log(`${met ? "met    " : "not met"}  ${name}: ${target}`);
}
