import { execFileSync, spawn } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";

/** The role tests connect as: a superuser with a password, so that a wrong one can be tried. */
export const TEST_ROLE = "ir_test";
export const TEST_PASSWORD = "ir-test-password";

const INSTALL =
  "install it (Debian: apt-get install postgresql; macOS: brew install postgresql), or set PG_BIN to the folder that holds initdb and postgres";

/** PG_BIN, else pg_config's, else the newest of Debian's /usr/lib/postgresql/<version>/bin. */
export function postgresBinaries(): string {
  const holdsServer = (folder: string) =>
    existsSync(join(folder, "initdb")) && existsSync(join(folder, "postgres"));
  if (process.env.PG_BIN) {
    if (holdsServer(process.env.PG_BIN)) return process.env.PG_BIN;
    throw new Error(
      `PG_BIN=${process.env.PG_BIN} holds no initdb and postgres`,
    );
  }
  try {
    const folder = execFileSync("pg_config", ["--bindir"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (holdsServer(folder)) return folder;
  } catch {
    // No pg_config on the PATH: look where Debian puts the server.
  }
  const debian = "/usr/lib/postgresql";
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((version) => holdsServer(join(debian, version, "bin")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0] !== undefined) return join(debian, versions[0], "bin");
  throw new Error(
    `The alerts tests run a PostgreSQL server, and none was found: ${INSTALL}`,
  );
}

/** initdb and postgres refuse to run as root: as root, they run as the postgres user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) =>
    Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }));
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error(
      `PostgreSQL will not run as root, and there is no postgres user to run it as: ${INSTALL}`,
    );
  }
}

/** The URL of a database on the test server on `port`, as TEST_ROLE with `password`. */
export const testPostgresUrl = (
  port: number,
  database: string,
  password = TEST_PASSWORD,
) =>
  `postgres://${TEST_ROLE}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

let created = 0;

/** A new empty database on the test server, named after `prefix` and this process: test files in parallel never share one. */
export async function createTestDatabase(
  port: number,
  prefix: string,
): Promise<string> {
  created += 1;
  const name = `${prefix}_${process.pid}_${created}`;
  const admin = new Client({
    connectionString: testPostgresUrl(port, "postgres"),
  });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return testPostgresUrl(port, name);
}

export type TestPostgres = {
  readonly port: number;
  stop(): Promise<void>;
};

async function waitUntilReady(url: string, exited: () => string | undefined) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      const log = exited();
      if (log !== undefined)
        throw new Error(`the test PostgreSQL server stopped:\n${log}`);
      if (Date.now() > deadline)
        throw new Error(`the test PostgreSQL server did not answer: ${error}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * A PostgreSQL server of its own for tests, in a new folder, listening on
 * 127.0.0.1:`port`; stop() ends it and removes the folder. Durability is
 * off: its data lives as long as the tests.
 */
export async function startTestPostgres(port: number): Promise<TestPostgres> {
  const bin = postgresBinaries();
  const user = serverUser();
  const folder = mkdtempSync(join(tmpdir(), "ir-postgres-"));
  const data = join(folder, "data");
  const passwordFile = join(folder, "password");
  writeFileSync(passwordFile, TEST_PASSWORD);
  if (user) {
    chownSync(folder, user.uid, user.gid);
    chownSync(passwordFile, user.uid, user.gid);
  }
  const asServerUser = { ...user, env: { ...process.env, LC_ALL: "C" } };
  try {
    execFileSync(
      join(bin, "initdb"),
      [
        "--pgdata",
        data,
        "--username",
        TEST_ROLE,
        "--pwfile",
        passwordFile,
        "--auth",
        "scram-sha-256",
        "--encoding",
        "UTF8",
        "--no-sync",
      ],
      { ...asServerUser, stdio: "pipe" },
    );
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const server = spawn(
    join(bin, "postgres"),
    [
      "-D",
      data,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      `unix_socket_directories=${folder}`,
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
    ],
    // In the tests' process group, so that Ctrl-C stops it with them.
    { ...asServerUser, stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  let failedToStart = false;
  server.stdout.on("data", (chunk: Buffer) => (log += chunk));
  server.stderr.on("data", (chunk: Buffer) => (log += chunk));
  const stopped = new Promise<void>((resolve) => {
    server.once("exit", () => resolve());
    server.once("error", (error) => {
      failedToStart = true;
      log += `${error.message}\n`;
      resolve();
    });
  });
  const running = () =>
    !failedToStart && server.exitCode === null && server.signalCode === null;
  const shutDown = () => {
    if (running() && server.pid)
      // SIGINT is PostgreSQL's fast shutdown: it ends every session and exits.
      process.kill(server.pid, "SIGINT");
  };
  // A process that ends without stopping it (an error, process.exit) still does.
  process.once("exit", shutDown);
  const stop = async () => {
    process.removeListener("exit", shutDown);
    shutDown();
    await stopped;
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(testPostgresUrl(port, "postgres"), () =>
      running() ? undefined : log,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, stop };
}
