import { describe, expect, it } from "vitest";
import { scriptPolicyOf, withScriptPolicy } from "@/lib/publish/script-policy";
import { scriptSources } from "@/lib/site/security-headers";
import { nextSecurityHeaders } from "../../e2e/security-headers";

/** The hash of `alert('Hello, world.');`, as MDN's CSP script-src example gives it. */
const HELLO_HASH = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";

const page = (head: string, body = "") =>
  `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe("scriptPolicyOf", () => {
  it("allows an inline script by the hash of its text", () => {
    expect(
      scriptPolicyOf(page("", "<script>alert('Hello, world.');</script>")),
    ).toBe(`script-src 'self' 'wasm-unsafe-eval' ${HELLO_HASH}`);
  });

  it("hashes module and typed scripts, not data blocks or scripts with a src", () => {
    const policy = scriptPolicyOf(
      page(
        '<script src="/a.js"></script><script type="application/ld+json">{"a":1}</script>',
        `<script type="module">alert('Hello, world.');</script><script type="text/javascript">alert('Hello, world.');</script>`,
      ),
    );
    expect(
      policy.split(" ").filter((source) => source.startsWith("'sha")),
    ).toEqual([HELLO_HASH]);
  });

  it("hashes a script's text as written, entities and all", () => {
    expect(scriptPolicyOf(page("", "<script>a&amp;b</script>"))).not.toBe(
      scriptPolicyOf(page("", "<script>a&b</script>")),
    );
  });

  it("allows the sources the header's script-src allows, but inline scripts", async () => {
    const headerPolicy =
      (await nextSecurityHeaders())["Content-Security-Policy"] ?? "";
    const headerScriptSrc = headerPolicy
      .split(";")
      .map((directive) => directive.trim().split(" "))
      .find(([name]) => name === "script-src");
    expect(
      headerScriptSrc
        ?.slice(1)
        .filter((source) => source !== "'unsafe-inline'"),
    ).toEqual([...scriptSources]);
  });

  it("never allows inline scripts wholesale", () => {
    expect(scriptPolicyOf(page(""))).not.toContain("unsafe-inline");
  });
});

describe("withScriptPolicy", () => {
  it("puts the policy after the charset and before the first script", () => {
    const html = withScriptPolicy(
      page("<meta charSet=\"utf-8\"/><script>alert('Hello, world.');</script>"),
    );
    const meta = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval' ${HELLO_HASH}"/>`;
    expect(html).toBe(
      page(
        `<meta charSet="utf-8"/>${meta}<script>alert('Hello, world.');</script>`,
      ),
    );
  });

  it("puts it first in the head when no charset leads", () => {
    const html = withScriptPolicy(page("<title>x</title>"));
    expect(html.indexOf("<meta http-equiv")).toBe(
      html.indexOf("<head>") + "<head>".length,
    );
  });

  it("refuses a page that has a policy already, or no head in its HTML", () => {
    expect(() => withScriptPolicy(withScriptPolicy(page("")))).toThrow(
      "already has a Content-Security-Policy",
    );
    expect(() => withScriptPolicy("<p>no head</p>")).toThrow("no <head>");
  });
});
