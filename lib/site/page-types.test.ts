import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_TYPES } from "@/e2e/page-types";

/**
 * The browser checks that go through every kind of page (accessibility,
 * heading styles, the script policy) take their pages from e2e/page-types.ts:
 * a page missing there would pass them unchecked.
 */
const appDirectory = path.resolve("app");

/** Each page file's route, "/releases/[slug]"; route groups "(name)" add no segment. */
function pageRoutes(): string[] {
  return fs
    .readdirSync(appDirectory, { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)page(\.[a-z]+)?\.tsx$/.test(file))
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment));
      return `/${segments.join("/")}`;
    })
    .sort();
}

const matches = (route: string, pagePath: string) =>
  new RegExp(`^${route.replace(/\[[^\]/]+\]/g, "[^/]+")}$`).test(
    new URL(pagePath, "https://example.com").pathname,
  );

describe("the page registry e2e/page-types.ts", () => {
  it("finds the site's pages in app/", () => {
    expect(pageRoutes()).toContain("/releases/[slug]");
    expect(pageRoutes().length).toBeGreaterThan(15);
  });

  it("has a page of every route in app/", () => {
    const registered = Object.values(PAGE_TYPES);
    const missing = pageRoutes().filter(
      (route) => !registered.some((pagePath) => matches(route, pagePath)),
    );
    expect(missing).toEqual([]);
  });
});
