import { describe, expect, it, vi } from "vitest";
import { formHandlerDeps } from "@/lib/testing/alerts";
import { MAX_FORM_BYTES } from "./requests";
import { handleSubscribe } from "./subscribe";
import { tokenHash } from "./tokens";

const origin = "https://ir.example.com";

function setUp() {
  const deps = formHandlerDeps(origin);
  let client = 0;
  const post = (
    body: string,
    {
      headers = {},
      from = `198.51.100.${++client}`,
    }: { headers?: Record<string, string>; from?: string } = {},
  ) =>
    handleSubscribe(
      new Request(`${origin}/alerts/subscribe`, {
        method: "POST",
        body,
        headers: {
          origin,
          "content-type": "application/x-www-form-urlencoded",
          "x-forwarded-for": `10.0.0.1, ${from}`,
          ...headers,
        },
      }),
      deps,
    );
  return { deps, post };
}

const form = (fields: Record<string, string>) =>
  new URLSearchParams({ website: "", ...fields }).toString();

describe("POST /alerts/subscribe", () => {
  it("sends one confirmation to the address, keeps only its token's hash, and answers with the same page for every address", async () => {
    const { deps, post } = setUp();
    const first = await post(
      form({ email: "ann@example.com", releases: "on" }),
    );
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe(`${origin}/alerts/requested`);

    const [message] = deps.mailer.sent;
    expect(message?.to).toBe("ann@example.com");
    expect(message?.text).toContain("new press releases from");
    expect(message?.text).not.toContain("reminders");
    const link = new URL(message?.text.match(/https:\S+/)?.[0] ?? "");
    expect(link.origin + link.pathname).toBe(`${origin}/alerts/confirm`);
    const token = link.searchParams.get("token") ?? "";
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(deps.store.kept).toEqual([
      {
        tokenHash: tokenHash(token),
        email: "ann@example.com",
        topics: { releases: true, calls: false },
        requestedAt: 1_000,
      },
    ]);

    await deps.store.confirm(tokenHash(token), 2_000);
    const again = await post(form({ email: "ann@example.com", calls: "on" }));
    expect([again.status, again.headers.get("location")]).toEqual([
      303,
      first.headers.get("location"),
    ]);
  });

  it("says what is wrong in a sentence for the reader, without the form's field names", async () => {
    const { post } = setUp();
    const malformed = await (
      await post(form({ email: "ann@@example", releases: "on" }))
    ).text();
    expect(malformed).toContain(
      "That is not an e-mail address; please check it (it looks like name@example.com).",
    );
    const honeypot = await (
      await post(
        form({ email: "ann@example.com", releases: "on", website: "x" }),
      )
    ).text();
    for (const page of [malformed, honeypot]) {
      expect(page).not.toMatch(/\b(email|website|releases|calls):/);
    }
    expect(honeypot).toContain("please fill it in again there");
  });

  const refusals: [string, string, Record<string, string>, number][] = [
    [
      "a malformed address",
      form({ email: "ann@@example", releases: "on" }),
      {},
      400,
    ],
    [
      "an address longer than any mailbox",
      form({ email: `${"a".repeat(250)}@example.com`, releases: "on" }),
      {},
      400,
    ],
    ["no topic chosen", form({ email: "ann@example.com" }), {}, 400],
    [
      "the honeypot filled in",
      form({
        email: "ann@example.com",
        releases: "on",
        website: "https://spam.example",
      }),
      {},
      400,
    ],
    [
      "the honeypot missing",
      new URLSearchParams({
        email: "ann@example.com",
        releases: "on",
      }).toString(),
      {},
      400,
    ],
    [
      "a field twice",
      `${form({ email: "ann@example.com", releases: "on" })}&email=bob%40example.com`,
      {},
      400,
    ],
    [
      "a field the form does not have",
      form({ email: "ann@example.com", releases: "on", admin: "1" }),
      {},
      400,
    ],
    [
      "a body over the limit",
      form({
        email: "ann@example.com",
        releases: "on",
        pad: "x".repeat(MAX_FORM_BYTES),
      }),
      {},
      413,
    ],
    [
      "another site's origin",
      form({ email: "ann@example.com", releases: "on" }),
      { origin: "https://evil.example" },
      403,
    ],
    [
      "no origin",
      form({ email: "ann@example.com", releases: "on" }),
      { origin: "" },
      403,
    ],
    [
      "JSON",
      JSON.stringify({ email: "ann@example.com" }),
      { "content-type": "application/json" },
      415,
    ],
  ];
  it.each(refusals)(
    "refuses %s with a 4xx, storing and sending nothing",
    async (_, body, headers, status) => {
      const { deps, post } = setUp();
      const response = await post(body, { headers });
      expect(response.status).toBe(status);
      expect(await response.text()).toContain(
        "Nothing was stored and nothing was sent.",
      );
      expect(deps.store.kept).toEqual([]);
      expect(deps.mailer.sent).toEqual([]);
    },
  );

  it("answers 503 and keeps nothing when the confirmation cannot be sent", async () => {
    const { deps, post } = setUp();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    deps.mailer.send = () => Promise.reject(new Error("SMTP down"));
    const response = await post(
      form({ email: "ann@example.com", releases: "on" }),
    );
    expect(response.status).toBe(503);
    expect(await response.text()).toContain(
      "The confirmation message could not be sent just now.",
    );
    expect(deps.store.kept).toEqual([]);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it("refuses a burst from one client, and a burst of sign-ups for one address from many", async () => {
    const { deps, post } = setUp();
    const fromOneClient = [];
    for (let index = 0; index < 7; index++) {
      fromOneClient.push(
        (
          await post(form({ email: `n${index}@example.com`, releases: "on" }), {
            from: "203.0.113.9",
          })
        ).status,
      );
    }
    expect(fromOneClient).toEqual([303, 303, 303, 303, 303, 429, 429]);

    const forOneAddress = [];
    for (let index = 0; index < 5; index++) {
      forOneAddress.push(
        (
          await post(
            form({
              email: index % 2 ? "VICTIM@example.com" : "victim@example.com",
              calls: "on",
            }),
          )
        ).status,
      );
    }
    expect(forOneAddress).toEqual([303, 303, 303, 429, 429]);
    expect(
      deps.mailer.sent
        .map(({ to }) => to.toLowerCase())
        .filter((to) => to === "victim@example.com"),
    ).toHaveLength(3);
    expect(deps.store.kept).toHaveLength(8);
  });
});
