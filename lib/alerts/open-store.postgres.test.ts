import { createServer } from "node:net";
import { join } from "node:path";
import { RateLimiterRes } from "rate-limiter-flexible";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { testDatabase } from "@/lib/testing/postgres";
import { testPostgresUrl } from "@/lib/testing/postgres-server";
import { temporaryFolder } from "@/lib/testing/temporary-folder";
import { alertsConfig } from "./config";
import {
  checkAlertsDatabase,
  openAlertsDatabase,
  type OpenedAlerts,
} from "./open-store";

const opened: OpenedAlerts[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map(({ store }) => store.close()));
  vi.unstubAllEnvs();
});

const open = async (ALERTS_DB: string) => {
  const alerts = await openAlertsDatabase(alertsConfig({ ALERTS_DB }).database);
  opened.push(alerts);
  return alerts;
};

/** A loopback port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

/** How many of `count` requests from one client the limit lets through, spread over the instances in turn. */
async function allowed(instances: readonly OpenedAlerts[], count: number) {
  let passed = 0;
  for (let index = 0; index < count; index++) {
    const instance = instances[index % instances.length];
    try {
      await instance?.limits.perClient.consume("198.51.100.7");
      passed += 1;
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
    }
  }
  return passed;
}

describe("the sign-up limits", () => {
  it("on PostgreSQL, are shared by every instance and kept over a restart", async () => {
    const url = await testDatabase("limits");
    const [one, other] = await Promise.all([open(url), open(url)]);
    if (!one || !other) throw new Error("two instances");
    expect(await allowed([one, other], 8)).toBe(5);
    await one.store.close();
    await other.store.close();
    expect(await allowed([await open(url)], 1)).toBe(0);
  });

  it("on SQLite, are each process's own", async () => {
    const file = join(temporaryFolder("limits-"), "alerts.db");
    expect(await allowed([await open(file), await open(file)], 8)).toBe(8);
  });
});

describe("a PostgreSQL database that cannot be used", () => {
  it("is refused with what to fix, never with the password", async () => {
    const database = (await testDatabase("refusals")).split("/").at(-1) ?? "";
    const port = inject("postgresPort");
    const nowhere = await closedPort();
    const refusals = {
      unreachable: testPostgresUrl(nowhere, database),
      "wrong password": testPostgresUrl(port, database, "not-the-password"),
      "no such database": testPostgresUrl(port, "no_such_database"),
    };
    const messages = await Promise.all(
      Object.values(refusals).map((url) =>
        open(url).then(
          () => "opened",
          (error: unknown) => String(error),
        ),
      ),
    );
    expect(
      Object.fromEntries(
        Object.keys(refusals).map((what, index) => [what, messages[index]]),
      ),
    ).toEqual({
      unreachable: `AlertsDatabaseUnavailable: cannot reach PostgreSQL at ir_test@127.0.0.1:${nowhere}/${database} (ALERTS_DB): ECONNREFUSED`,
      "wrong password": `AlertsDatabaseUnavailable: PostgreSQL refused the password for ir_test@127.0.0.1:${port}/${database} (ALERTS_DB)`,
      "no such database": `AlertsDatabaseUnavailable: the PostgreSQL database ir_test@127.0.0.1:${port}/no_such_database does not exist (ALERTS_DB); create it first`,
    });
  });

  it("makes the alert forms answer 503, saying why in the log, as a malformed ALERTS_DB does", async () => {
    const settings = {
      unreachable: testPostgresUrl(await closedPort(), "alerts"),
      malformed: "postgres://ir:s3cret@db.internal",
    };
    const logged = [];
    for (const ALERTS_DB of Object.values(settings)) {
      vi.stubEnv("ALERTS_DB", ALERTS_DB);
      vi.resetModules();
      const { withAlerts } = await import("./server");
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const answer = await withAlerts(async () => new Response("answered"));
      expect(answer.status).toBe(503);
      expect(await answer.text()).toContain("Alerts are unavailable just now");
      logged.push(log.mock.calls);
      log.mockRestore();
    }
    expect(logged).toEqual([
      [
        [
          "alerts:",
          expect.stringMatching(
            /^cannot reach PostgreSQL at ir_test@127\.0\.0\.1:\d+\/alerts \(ALERTS_DB\): ECONNREFUSED$/,
          ),
        ],
      ],
      [
        [
          "alerts:",
          expect.stringMatching(
            /^ALERTS_DB must be a PostgreSQL URL .*it is not shown, as it may hold a password\)$/,
          ),
        ],
      ],
    ]);
  });
});

describe("the check when the server starts", () => {
  it("reports the database ready, or what is wrong with it, and never throws", async () => {
    const file = join(temporaryFolder("start-"), "alerts.db");
    const port = inject("postgresPort");
    expect(await checkAlertsDatabase({ ALERTS_DB: file })).toEqual({
      ready: true,
      line: `alerts: database ready at ${file}`,
    });
    expect(
      await checkAlertsDatabase({ ALERTS_DB: await testDatabase("start") }),
    ).toMatchObject({ ready: true });
    expect(
      await checkAlertsDatabase({
        ALERTS_DB: testPostgresUrl(port, "postgres", "not-the-password"),
      }),
    ).toEqual({
      ready: false,
      line: `alerts: PostgreSQL refused the password for ir_test@127.0.0.1:${port}/postgres (ALERTS_DB); the alert forms answer 503 until it can be used`,
    });
    expect(
      await checkAlertsDatabase({ ALERTS_DB: "postgresql://ir:s3cret@/x" }),
    ).toMatchObject({
      ready: false,
      line: expect.stringMatching(
        /^alerts: ALERTS_DB must be a PostgreSQL URL/,
      ),
    });
  });
});
