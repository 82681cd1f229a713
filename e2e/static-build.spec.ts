import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_DIST_DIRECTORY } from "./site-build";

/** Reads the manifests of the build the web server is serving (see playwright.config.ts). */
const readManifest = <T>(name: string): T =>
  JSON.parse(
    readFileSync(path.join(__dirname, "..", E2E_DIST_DIRECTORY, name), "utf8"),
  ) as T;

type PrerenderManifest = {
  routes: Record<
    string,
    { initialRevalidateSeconds: number | false; srcRoute: string | null }
  >;
  dynamicRoutes: Record<string, { fallback: string | false | null }>;
};

test("every route is prerendered at build time, no revalidation; only the alert handlers are dynamic (ƒ)", () => {
  const appRoutes = Object.values(
    readManifest<Record<string, string>>("app-path-routes-manifest.json"),
  );
  const { routes, dynamicRoutes } = readManifest<PrerenderManifest>(
    "prerender-manifest.json",
  );
  expect(appRoutes).toContain("/releases/[slug]");

  const notStatic = appRoutes.filter((route) =>
    route.includes("[")
      ? dynamicRoutes[route]?.fallback !== false
      : !(route in routes),
  );
  // Form posts and per-subscriber links, answered per request (lib/alerts).
  expect(notStatic.sort()).toEqual([
    "/alerts/confirm",
    "/alerts/manage",
    "/alerts/subscribe",
    "/alerts/unsubscribe",
  ]);

  const revalidated = Object.entries(routes).filter(
    ([, route]) => route.initialRevalidateSeconds !== false,
  );
  expect(revalidated).toEqual([]);

  const releasePages = Object.entries(routes).filter(
    ([, route]) => route.srcRoute === "/releases/[slug]",
  );
  expect(releasePages.map(([route]) => route).sort()).toEqual([
    "/releases/2004-03-29-update-on-status-of-financial-results",
    "/releases/2005-03-03-preliminary-fourth-quarter-2004-results",
  ]);
});
