import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sitePages } from "@/lib/site/pages";

/**
 * The header, footer and sitemap, and the browser checks that go through
 * every kind of page (accessibility, heading styles, the script policy),
 * take their pages from the registry: a page missing there would go
 * unlinked, unlisted and unchecked.
 */
const appDirectory = path.resolve("app");

/** Each page file of app/ with its route, "/releases/[slug]"; route groups "(name)" add no segment. */
function pageFiles(): { route: string; file: string }[] {
  return fs
    .readdirSync(appDirectory, { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)page(\.[a-z]+)?\.tsx$/.test(file))
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment));
      return { route: `/${segments.join("/")}`, file };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

const registered = Object.values(sitePages);

const matches = (route: string, pagePath: string) =>
  new RegExp(`^${route.replace(/\[[^\]/]+\]/g, "[^/]+")}$`).test(
    new URL(pagePath, "https://example.com").pathname,
  );

describe("the page registry lib/site/pages.ts", () => {
  it("finds the site's pages in app/", () => {
    expect(pageFiles().map(({ route }) => route)).toContain("/releases/[slug]");
    expect(pageFiles().length).toBeGreaterThan(15);
  });

  it("has each page in app/ once, and no page that app/ lacks", () => {
    expect(registered.map(({ route }) => route).sort()).toEqual(
      pageFiles()
        .map(({ route }) => route)
        .sort(),
    );
  });

  it("marks as alerts-only exactly the pages only alerts builds have (.alerts.tsx)", () => {
    const alertsPages = pageFiles()
      .filter(({ file }) => file.endsWith(".alerts.tsx"))
      .map(({ route }) => route);
    expect(alertsPages.length).toBeGreaterThan(0);
    expect(
      registered
        .filter((page) => "alertsOnly" in page)
        .map(({ route }) => route)
        .sort(),
    ).toEqual(alertsPages.sort());
  });

  it("gives each page an example address of its own route", () => {
    for (const { route, example } of registered)
      expect(matches(route, example), `${example} for ${route}`).toBe(true);
  });
});
