import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeAlertStore } from "@/lib/testing/alert-store-suite";
import { temporaryFolder } from "@/lib/testing/temporary-folder";
import { openSqliteAlertStore } from "./sqlite-store";

describeAlertStore({
  name: "SQLite",
  runsSendTogether: false,
  newDatabase: async () => {
    const file = join(temporaryFolder("alerts-store-"), "alerts.db");
    return async () => openSqliteAlertStore(file);
  },
});

describe("a SQLite file", () => {
  it("is created with its folder", async () => {
    const file = join(temporaryFolder("alerts-"), "nested", "alerts.db");
    const store = openSqliteAlertStore(file);
    await store.addConfirmation({
      tokenHash: "h",
      email: "a@example.com",
      topics: { releases: true, calls: true },
      requestedAt: 0,
    });
    await store.close();
    const again = openSqliteAlertStore(file);
    expect(await again.confirm("h", 1)).toEqual({ email: "a@example.com" });
    await again.close();
  });
});
