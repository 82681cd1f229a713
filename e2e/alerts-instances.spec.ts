import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { openSqliteAlertStore } from "../lib/alerts/sqlite-store";
import {
  contentWith,
  runAlertsSend,
  SEED_2004,
  SEED_2005,
} from "../lib/testing/alerts-send";
import {
  createTestDatabase,
  startTestPostgres,
  testPostgresUrl,
  type TestPostgres,
} from "../lib/testing/postgres-server";
import { startTestInbox, type TestInbox } from "../lib/testing/smtp";
import {
  removeTemporaryFolders,
  temporaryFolder,
} from "../lib/testing/temporary-folder";
import { e2eInstancePorts } from "./alerts-server";
import { linkIn, requestSignUp } from "./alerts-sign-up";
import { E2E_DIST_DIRECTORY } from "./site-build";

/**
 * docs/alerts.md's "Outgrowing one machine", as written: a site's SQLite
 * file copied into PostgreSQL with `npm run alerts:copy`, two instances of
 * the same build serving it with ALERTS_DB set to the database's URL, and
 * `npm run alerts:send` run on two machines at once.
 */
test.describe.configure({ mode: "serial" });

const ports = e2eInstancePorts();
/** The public origin both instances answer for, as behind a load balancer: the first's. */
const SITE_URL = `http://localhost:${ports.first}`;
const HEADLINE =
  "Sonus Networks Announces Preliminary 2004 Fourth Quarter Financial Results";

type Instance = { readonly url: string; readonly log: () => string };

let postgres: TestPostgres;
let inbox: TestInbox;
let databaseUrl: string;
let first: Instance;
let second: Instance;
let databaseDown: Instance;
const servers: ChildProcess[] = [];

/** `npm start` as each machine runs it, in a process group of its own so that stopping it stops all of it. */
async function nextStart(port: number, ALERTS_DB: string): Promise<Instance> {
  const server = spawn(
    "node_modules/.bin/next",
    ["start", "--port", String(port), "--hostname", "localhost"],
    {
      env: {
        ...process.env,
        TZ: "America/Los_Angeles",
        NEXT_DIST_DIR: E2E_DIST_DIRECTORY,
        SITE_URL,
        ALERTS_DB,
        SMTP_URL: inbox.url,
      },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  servers.push(server);
  let log = "";
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk));
  const url = `http://localhost:${port}`;
  for (const deadline = Date.now() + 60_000; ;) {
    if (server.exitCode !== null)
      throw new Error(`next start on ${port} ended:\n${log}`);
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return { url, log: () => log };
    if (Date.now() > deadline)
      throw new Error(`next start on ${port} did not answer:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A site that has run on one machine: its back catalogue recorded, and one reader subscribed. */
async function sqliteSite(): Promise<string> {
  const file = join(temporaryFolder("alerts-moved-"), "alerts.db");
  const { code, output } = await runAlertsSend({
    ALERTS_DB: file,
    CONTENT_DIR: contentWith([SEED_2004]),
  }).ended;
  expect(code, output).toBe(0);
  const store = openSqliteAlertStore(file);
  await store.addConfirmation({
    tokenHash: "earlier",
    email: "earlier@example.com",
    topics: { releases: true, calls: true },
    requestedAt: Date.now(),
  });
  await store.confirm("earlier", Date.now());
  await store.close();
  return file;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  postgres = await startTestPostgres(ports.postgres);
  inbox = await startTestInbox();
  databaseUrl = await createTestDatabase(ports.postgres, "instances");
  const copy = spawnSync(
    "npm",
    ["run", "--silent", "alerts:copy", "--", await sqliteSite(), databaseUrl],
    { encoding: "utf8" },
  );
  expect(copy.status, copy.stderr).toBe(0);
  expect(copy.stdout).toContain("alerts:copy: copied 1 subscribers");
  [first, second, databaseDown] = await Promise.all([
    nextStart(ports.first, databaseUrl),
    nextStart(ports.second, databaseUrl),
    nextStart(
      ports.databaseDown,
      testPostgresUrl(ports.postgres, "instances", "not-the-password"),
    ),
  ]);
});

test.afterAll(async () => {
  for (const server of servers)
    if (server.pid && server.exitCode === null) process.kill(-server.pid);
  await inbox?.close();
  await postgres?.stop();
  removeTemporaryFolders();
});

const onInstance = (link: string, instance: Instance) => {
  const { pathname, search } = new URL(link);
  return instance.url + pathname + search;
};

async function signUp(page: Page, email: string) {
  const confirmation = await requestSignUp(page, {
    alertsPage: `${first.url}/alerts`,
    inbox,
    email,
  });
  return linkIn(confirmation, "/alerts/confirm?token=");
}

test("a reader signs up on one instance and confirms on the other", async ({
  page,
}) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.40" });
  const link = await signUp(page, "reader@example.com");
  await page.goto(onInstance(link, second));
  await page.getByRole("button", { name: "Confirm my alerts" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Your alerts are on",
  );
  // The same link on the first instance has been used.
  const again = await page.request.post(onInstance(link, first), {
    form: {},
    failOnStatusCode: false,
  });
  expect(again.status()).toBe(410);
});

test("a burst of sign-ups from one client, split across both instances, is cut off at the shared limit", async ({
  request,
}) => {
  const statuses = [];
  for (let index = 0; index < 8; index++) {
    const instance = index % 2 === 0 ? first : second;
    const response = await request.post(`${instance.url}/alerts/subscribe`, {
      form: {
        email: `burst${index}@example.com`,
        releases: "on",
        website: "",
      },
      headers: { origin: SITE_URL, "x-forwarded-for": "198.51.100.41" },
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    statuses.push(response.status());
  }
  expect(statuses).toEqual([303, 303, 303, 303, 303, 429, 429, 429]);
});

test("alerts:send on two machines at once: the reader copied from SQLite and the new one each get the next release once", async () => {
  test.setTimeout(60_000);
  const content = contentWith([SEED_2004, SEED_2005]);
  const runs = await Promise.all(
    [0, 1].map(
      () =>
        runAlertsSend({
          ALERTS_DB: databaseUrl,
          SMTP_URL: inbox.url,
          CONTENT_DIR: content,
          SITE_URL,
        }).ended,
    ),
  );
  for (const { code, output } of runs) expect(code, output).toBe(0);
  for (const email of ["earlier@example.com", "reader@example.com"])
    expect(
      inbox.to(email).filter(({ subject }) => subject === HEADLINE),
      email,
    ).toHaveLength(1);
});

test("with PostgreSQL refusing the site, its pages are served and the alert forms answer 503, saying why in the log", async ({
  request,
}) => {
  for (const path of ["/", "/releases", "/alerts"])
    expect((await request.get(databaseDown.url + path)).status(), path).toBe(
      200,
    );
  const signUp = await request.post(`${databaseDown.url}/alerts/subscribe`, {
    form: { email: "nobody@example.com", releases: "on", website: "" },
    headers: { origin: SITE_URL, "x-forwarded-for": "198.51.100.42" },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect(signUp.status()).toBe(503);
  expect(await signUp.text()).toContain("Alerts are unavailable just now");
  expect(databaseDown.log()).toContain(
    `PostgreSQL refused the password for ir_test@127.0.0.1:${ports.postgres}/`,
  );
  expect(databaseDown.log()).not.toContain("not-the-password");
});
