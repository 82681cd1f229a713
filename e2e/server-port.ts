import { execFileSync } from "node:child_process";

/** Exits 1 when another program already listens on the port. */
const PROBE = `
const server = require("node:net").createServer();
server.once("error", () => process.exit(1));
server.listen(Number(process.argv[1]), "127.0.0.1", () => server.close());
`;

function isTaken(port: number): boolean {
  try {
    execFileSync(process.execPath, ["-e", PROBE, String(port)], {
      stdio: "ignore",
      timeout: 10_000,
    });
    return false;
  } catch {
    return true;
  }
}

/**
 * The port a test server listens on: `variable` if set, else `fallback`. A
 * taken port fails the run at once, saying which and how to choose another,
 * instead of after a build, in the server's own words.
 */
export function serverPort(variable: string, fallback: number): number {
  const port = Number(process.env[variable] ?? fallback);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535)
    throw new Error(`${variable} must be a port number, got ${port}`);
  // Workers load the config again while the server runs: only the runner checks.
  if (process.env.TEST_WORKER_INDEX === undefined && isTaken(port))
    throw new Error(
      `port ${port} is in use on this machine; stop what listens there, or run with ${variable} set to a free port`,
    );
  return port;
}
