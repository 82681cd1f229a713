import { describe, expect, it } from "vitest";
import { formHandlerDeps } from "@/lib/testing/alerts";
import { handleManageRequest } from "./manage";
import { handleSubscribe } from "./subscribe";
import { tokenHash } from "./tokens";

const origin = "https://ir.example.com";

async function setUp() {
  const deps = formHandlerDeps(origin);
  await deps.store.addConfirmation({
    tokenHash: "ann's",
    email: "ann@example.com",
    topics: { releases: true, calls: false },
    requestedAt: 500,
  });
  await deps.store.confirm("ann's", 900);
  const request = (
    path: string,
    fields: Record<string, string>,
    from: string,
  ) =>
    new Request(`${origin}${path}`, {
      method: "POST",
      body: new URLSearchParams({ website: "", ...fields }).toString(),
      headers: {
        origin,
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-for": from,
      },
    });
  const manage = (email: string, from = "198.51.100.7") =>
    handleManageRequest(request("/alerts/manage", { email }, from), deps);
  const subscribe = (email: string, from = "198.51.100.8") =>
    handleSubscribe(
      request("/alerts/subscribe", { email, releases: "on" }, from),
      deps,
    );
  return { deps, manage, subscribe };
}

describe("POST /alerts/manage", () => {
  it("mails a subscriber what they receive and a link that stops it, whatever the address's case", async () => {
    const { deps, manage } = await setUp();
    const answer = await manage("ANN@Example.com");
    expect([answer.status, answer.headers.get("location")]).toEqual([
      303,
      `${origin}/alerts/manage/requested`,
    ]);
    const [message, ...others] = deps.mailer.sent;
    expect(others).toEqual([]);
    expect(message?.to).toBe("ann@example.com");
    expect(message?.text).toContain("This address receives new press releases");
    expect(message?.text).toContain(
      `sign up again with your new choice at ${origin}/alerts`,
    );
    const link = new URL(
      message?.text.match(/https:\S+unsubscribe\S+/)?.[0] ?? "",
    );
    expect(link.origin + link.pathname).toBe(`${origin}/alerts/unsubscribe`);
    expect(
      await deps.store.unsubscribe(
        tokenHash(link.searchParams.get("token") ?? ""),
      ),
    ).toBe(true);
    expect(
      await deps.store.subscriberByEmail("ann@example.com"),
    ).toBeUndefined();
  });

  it("answers an address without alerts with the same page, and sends it nothing", async () => {
    const { deps, manage } = await setUp();
    const subscribed = await manage("ann@example.com");
    const unknown = await manage("bob@example.com");
    expect([unknown.status, unknown.headers.get("location")]).toEqual([
      subscribed.status,
      subscribed.headers.get("location"),
    ]);
    expect(await unknown.text()).toBe(await subscribed.clone().text());
    expect(deps.mailer.sent.map(({ to }) => to)).toEqual(["ann@example.com"]);
  });

  it("shares the sign-up's limit per address: three messages an hour, whichever form asked", async () => {
    const { deps, manage, subscribe } = await setUp();
    const statuses = [
      (await subscribe("ann@example.com", "203.0.113.1")).status,
      (await manage("ann@example.com", "203.0.113.2")).status,
      (await manage("ann@example.com", "203.0.113.3")).status,
      (await manage("ann@example.com", "203.0.113.4")).status,
    ];
    expect(statuses).toEqual([303, 303, 303, 429]);
    expect(deps.mailer.sent).toHaveLength(3);
  });

  it("refuses a burst from one client", async () => {
    const { manage } = await setUp();
    const statuses = [];
    for (let index = 0; index < 7; index++)
      statuses.push(
        (await manage(`n${index}@example.com`, "203.0.113.9")).status,
      );
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429, 429]);
  });

  it.each([
    ["a malformed address", "ann@@example", "That is not an e-mail address"],
    ["no address", "", "That is not an e-mail address"],
  ])("refuses %s in plain words, sending nothing", async (_, email, words) => {
    const { deps, manage } = await setUp();
    const answer = await manage(email);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain(words);
    expect(deps.mailer.sent).toEqual([]);
  });
});
