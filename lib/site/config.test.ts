import { describe, expect, it } from "vitest";
import { site, siteOrigin } from "./config";

describe("siteOrigin", () => {
  it("is SITE_URL when it is set", () => {
    expect(
      siteOrigin({ SITE_URL: "https://ir.example.com", PORT: "3010" }).href,
    ).toBe("https://ir.example.com/");
  });

  it.each([
    [{ PORT: "3010" }, "http://localhost:3010/"],
    [{ SITE_URL: "", PORT: "8080" }, "http://localhost:8080/"],
    [{}, "http://localhost:3000/"],
  ])(
    "without SITE_URL, is this machine on the port of the build: %j",
    (env, origin) => {
      expect(siteOrigin(env).href).toBe(origin);
    },
  );

  it("refuses a SITE_URL that is not an absolute URL, naming it", () => {
    expect(() => siteOrigin({ SITE_URL: "ir.example.com" })).toThrow(
      'SITE_URL must be an absolute URL such as https://ir.example.com, got "ir.example.com"',
    );
  });

  it("gives the site the configured origin in tests (vitest.config.mts)", () => {
    expect(site.url.origin).toBe("https://ir.example.com");
  });
});
