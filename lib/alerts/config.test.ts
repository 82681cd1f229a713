import { describe, expect, it } from "vitest";
import {
  alertsConfig,
  alertsFormAction,
  alertsServed,
  tokenUrl,
} from "./config";

describe("alerts configuration", () => {
  it("answers on the site's own origin unless ALERTS_ENDPOINT names another", () => {
    const own = alertsConfig({});
    expect(own.endpoint.origin).toBe("https://ir.example.com");
    expect(alertsFormAction(own, "/alerts/subscribe")).toBe(
      "/alerts/subscribe",
    );
    expect(tokenUrl(own, "/alerts/confirm", "abc_-")).toBe(
      "https://ir.example.com/alerts/confirm?token=abc_-",
    );

    const elsewhere = alertsConfig({
      ALERTS_ENDPOINT: "https://alerts.example.net",
    });
    expect(alertsFormAction(elsewhere, "/alerts/manage")).toBe(
      "https://alerts.example.net/alerts/manage",
    );
    expect(tokenUrl(elsewhere, "/alerts/unsubscribe", "t")).toBe(
      "https://alerts.example.net/alerts/unsubscribe?token=t",
    );
    expect([...elsewhere.allowedOrigins]).toEqual([
      "https://ir.example.com",
      "https://alerts.example.net",
    ]);
    expect(() =>
      alertsConfig({ ALERTS_ENDPOINT: "alerts.example.net" }),
    ).toThrow(
      'ALERTS_ENDPOINT must be an absolute URL such as https://alerts.example.com, got "alerts.example.net"',
    );
  });

  it("offers alerts on the Node server, and in a static export only with an endpoint to post to", () => {
    expect(alertsServed({})).toBe(true);
    expect(alertsServed({ STATIC_EXPORT: "1" })).toBe(false);
    expect(
      alertsServed({
        STATIC_EXPORT: "1",
        ALERTS_ENDPOINT: "https://alerts.example.net",
      }),
    ).toBe(true);
  });

  it("writes messages to an outbox unless SMTP_URL is set", () => {
    expect(alertsConfig({})).toMatchObject({
      smtpUrl: undefined,
      outbox: ".alerts/outbox",
      database: { kind: "sqlite", path: ".alerts/alerts.db" },
    });
    expect(
      alertsConfig({
        SMTP_URL: "smtp://127.0.0.1:2525",
        ALERTS_DB: "/var/lib/ir/alerts.db",
      }),
    ).toMatchObject({
      smtpUrl: "smtp://127.0.0.1:2525",
      database: { kind: "sqlite", path: "/var/lib/ir/alerts.db" },
    });
  });

  it("keeps alerts in PostgreSQL for a postgres:// or postgresql:// URL, and names it without its password", () => {
    const url = "postgres://ir:s3cret@db.internal:6432/ir_alerts";
    expect(alertsConfig({ ALERTS_DB: url }).database).toEqual({
      kind: "postgres",
      url,
      where: "ir@db.internal:6432/ir_alerts",
    });
    expect(
      alertsConfig({ ALERTS_DB: "postgresql://db.internal/alerts" }).database,
    ).toMatchObject({ kind: "postgres", where: "db.internal:5432/alerts" });
    // A percent-encoded password, and a host given as a parameter, as pg reads them.
    expect(
      alertsConfig({ ALERTS_DB: "postgres://ir:p%40ss%2Fw@db.internal/alerts" })
        .database,
    ).toMatchObject({ where: "ir@db.internal:5432/alerts" });
    expect(
      alertsConfig({
        ALERTS_DB: "postgresql:///alerts?host=/var/run/postgresql",
      }).database,
    ).toMatchObject({ where: "/var/run/postgresql:5432/alerts" });
  });

  it("refuses a malformed database URL, naming ALERTS_DB and never showing the password", () => {
    const malformed = {
      "no database": "postgres://ir:s3cret@db.internal:5432",
      "no host": "postgres://ir:s3cret@/alerts",
      "a bad port": "postgres://ir:s3cret@db.internal:99999/alerts",
    };
    for (const [what, ALERTS_DB] of Object.entries(malformed)) {
      const refusal = () => alertsConfig({ ALERTS_DB });
      expect(refusal, what).toThrow(
        /^ALERTS_DB must be a PostgreSQL URL such as postgres:\/\/user:password@host:5432\/database/,
      );
      expect(refusal, what).not.toThrow(/s3cret/);
    }
    expect(() =>
      alertsConfig({ ALERTS_DB: "mysql://ir:s3cret@db.internal/alerts" }),
    ).toThrow(
      "ALERTS_DB names a mysql: database; alerts keep their data in a SQLite file (a path) or in PostgreSQL (postgres://user:password@host:5432/database)",
    );
  });
});
