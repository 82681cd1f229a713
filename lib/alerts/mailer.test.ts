import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { alertsConfig } from "./config";
import { createMailer } from "./mailer";
import {
  removeTemporaryFolders,
  temporaryFolder,
} from "@/lib/testing/temporary-folder";

afterAll(removeTemporaryFolders);

describe("the outbox, without SMTP_URL", () => {
  it("writes each message as .eml, with its text beside it and a long link whole", async () => {
    const outbox = temporaryFolder("outbox-");
    const mailer = createMailer(alertsConfig({ ALERTS_OUTBOX: outbox }));
    const link = `https://ir.example.com/alerts/confirm?token=${"a".repeat(43)}`;
    vi.spyOn(console, "log").mockImplementation(() => {});
    await mailer.send({
      to: "ann@example.com",
      subject: "Confirm your alerts",
      text: `Follow this link to confirm:\n${link}`,
      html: `<p><a href="${link}">Confirm</a></p>`,
    });
    mailer.close();
    const files = readdirSync(outbox).sort();
    expect(files.map((file) => file.slice(file.lastIndexOf(".")))).toEqual([
      ".eml",
      ".txt",
    ]);
    const [eml = "", txt = ""] = files.map((file) =>
      readFileSync(join(outbox, file), "utf8"),
    );
    // The raw message breaks the link across quoted-printable line ends; the copy does not.
    expect(eml).not.toContain(link);
    expect(txt).toBe(
      `To: ann@example.com\nSubject: Confirm your alerts\n\nFollow this link to confirm:\n${link}\n`,
    );
  });
});
