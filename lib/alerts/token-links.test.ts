import { describe, expect, it } from "vitest";
import { watchedStore } from "@/lib/testing/alerts";
import { CONFIRMATION_LIFETIME_MS } from "./store";
import {
  confirm,
  showConfirmation,
  showUnsubscribe,
  unsubscribe,
} from "./token-links";
import { newToken, tokenHash } from "./tokens";

const link = (path: string, token: string) =>
  `https://ir.example.com${path}?token=${token}`;
const oneClick = (url: string) =>
  new Request(url, {
    method: "POST",
    body: "List-Unsubscribe=One-Click",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });

async function pending(requestedAt = 0) {
  const store = watchedStore();
  const token = newToken();
  await store.addConfirmation({
    tokenHash: tokenHash(token),
    email: "ann@example.com",
    topics: { releases: true, calls: true },
    requestedAt,
  });
  return { store, token };
}

describe("confirmation links", () => {
  it("only show a button when opened, as a mail scanner would open them, and confirm when it is pressed", async () => {
    const { store, token } = await pending();
    const opened = showConfirmation(
      new Request(link("/alerts/confirm", token)),
    );
    expect(opened.status).toBe(200);
    const page = await opened.text();
    expect(page).toContain(
      `<form method="post" action="/alerts/confirm?token=${token}">`,
    );
    expect(await store.recipients({ itemKey: "x", topic: "releases" })).toEqual(
      [],
    );

    const pressed = await confirm(
      new Request(link("/alerts/confirm", token), { method: "POST" }),
      store,
      10,
    );
    expect(pressed.status).toBe(200);
    expect(await pressed.text()).toContain("Alerts will go to ann@example.com");
    expect(
      await store.recipients({ itemKey: "x", topic: "releases" }),
    ).toHaveLength(1);
  });

  it("say so when a link has expired, has been used, or is cut short", async () => {
    const { store, token } = await pending();
    const late = await confirm(
      new Request(link("/alerts/confirm", token), { method: "POST" }),
      store,
      CONFIRMATION_LIFETIME_MS,
    );
    expect(late.status).toBe(410);
    expect(
      (
        await confirm(
          new Request(link("/alerts/confirm", token.slice(0, 20)), {
            method: "POST",
          }),
          store,
          1,
        )
      ).status,
    ).toBe(400);
    expect(
      showConfirmation(new Request("https://ir.example.com/alerts/confirm"))
        .status,
    ).toBe(400);
  });
});

describe("unsubscribe links", () => {
  it("unsubscribe at once on a one-click POST (RFC 8058), and answer a repeat the same way", async () => {
    const { store, token } = await pending();
    await store.confirm(tokenHash(token), 1);
    const unsubscribeToken = newToken();
    await store.addUnsubscribeToken({
      subscriberId: 1,
      tokenHash: tokenHash(unsubscribeToken),
    });

    const opened = await showUnsubscribe(
      new Request(link("/alerts/unsubscribe", unsubscribeToken)),
    ).text();
    expect(opened).toContain(
      '<input type="hidden" name="List-Unsubscribe" value="One-Click">',
    );
    expect(
      await store.recipients({ itemKey: "s", topic: "releases" }),
    ).toHaveLength(1);

    const response = await unsubscribe(
      oneClick(link("/alerts/unsubscribe", unsubscribeToken)),
      store,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("You are unsubscribed");
    expect(await store.recipients({ itemKey: "s", topic: "releases" })).toEqual(
      [],
    );
    expect(
      (
        await unsubscribe(
          oneClick(link("/alerts/unsubscribe", unsubscribeToken)),
          store,
        )
      ).status,
    ).toBe(200);
  });
});
