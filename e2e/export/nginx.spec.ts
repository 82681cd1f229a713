import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
} from "@playwright/test";
import { nextSecurityHeaders } from "../security-headers";
import { brotliStaticModule, findNginx } from "../../scripts/nginx";
import { EXPORT_SITE_URL } from "./origin";

/** What deploy/nginx.conf does beyond serving files, as nginx runs it (scripts/nginx.ts). */

const RELEASE = "/releases/2004-03-29-update-on-status-of-financial-results";
const CALL = "/calls/2005-03-03-preliminary-fourth-quarter-2004-results-call";
const nginx = findNginx();
const hasBrotli =
  nginx !== undefined && brotliStaticModule(nginx) !== undefined;
const IDENTITY = { "Accept-Encoding": "identity" };
const REVALIDATE = "public, max-age=0, must-revalidate";
const IMMUTABLE = "public, max-age=31536000, immutable";

/** A script the release page loads from /_next/static/, whose name holds its content's hash. */
async function hashedAsset(request: APIRequestContext) {
  const html = await (await request.get(RELEASE)).text();
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!asset) throw new Error(`${RELEASE} loads no script from /_next/static/`);
  return asset;
}

test("pages answer at their clean URLs, and a trailing slash redirects to one", async ({
  request,
}) => {
  for (const [path, file] of [
    ["/", "/index.html"],
    ["/releases", "/releases.html"],
    [RELEASE, `${RELEASE}.html`],
    ["/releases/year/2005", "/releases/year/2005.html"],
    [CALL, `${CALL}.html`],
  ] as const) {
    const response = await request.get(path, { headers: IDENTITY });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe(
      "text/html; charset=utf-8",
    );
    expect(await response.text(), path).toBe(
      await (await request.get(file, { headers: IDENTITY })).text(),
    );
  }
  const redirect = await request.get("/releases/?year=2005", {
    maxRedirects: 0,
  });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers()["location"]).toBe("/releases?year=2005");
});

test("unknown paths and folders answer 404 with the site's page", async ({
  request,
}) => {
  const notFound = await (
    await request.get("/404.html", { headers: IDENTITY })
  ).text();
  for (const path of [
    "/no-such-page",
    "/releases/year",
    "/_next/static/no-such.js",
  ]) {
    const response = await request.get(path, { headers: IDENTITY });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toBe(notFound);
  }
});

test("next.config.ts's security headers come with every response", async ({
  request,
}) => {
  const expected = await nextSecurityHeaders();
  const responses: Record<string, APIResponse> = {
    "an HTML page": await request.get(RELEASE, { headers: IDENTITY }),
    "a gzipped HTML page": await request.get(RELEASE, {
      headers: { "Accept-Encoding": "gzip" },
    }),
    "a hashed asset": await request.get(await hashedAsset(request)),
    "a feed": await request.get("/feed.xml"),
    "a 404": await request.get("/no-such-page"),
    "a redirect": await request.get("/releases/", { maxRedirects: 0 }),
  };
  for (const [what, response] of Object.entries(responses)) {
    const headers = response.headers();
    for (const [name, value] of Object.entries(expected))
      expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
  }
});

test("an HTML page is sent precompressed in the encoding the browser accepts", async ({
  request,
}) => {
  const identity = await request.get(RELEASE, { headers: IDENTITY });
  expect(identity.headers()["content-encoding"]).toBeUndefined();
  const original = await identity.text();
  const encodings = hasBrotli ? ["gzip", "br"] : ["gzip"];
  for (const encoding of encodings) {
    const response = await request.get(RELEASE, {
      headers: { "Accept-Encoding": encoding },
    });
    expect(response.headers()["content-encoding"], encoding).toBe(encoding);
    expect(response.headers()["vary"], encoding).toBe("Accept-Encoding");
    expect(Number(response.headers()["content-length"]), encoding).toBeLessThan(
      original.length / 2,
    );
    expect(await response.text(), encoding).toBe(original);
  }
});

test("brotli is sent when nginx has its static module", async ({ request }) => {
  test.skip(
    !hasBrotli,
    "this nginx has no brotli static module (Debian: libnginx-mod-http-brotli-static)",
  );
  const response = await request.get(RELEASE, {
    headers: { "Accept-Encoding": "gzip, deflate, br" },
  });
  expect(response.headers()["content-encoding"]).toBe("br");
});

test("feeds, calendars, images and search files have their content types", async ({
  page,
  request,
}) => {
  await page.goto(RELEASE);
  const image = await page
    .locator('meta[property="og:image"]')
    .getAttribute("content");
  expect(image?.startsWith(`${EXPORT_SITE_URL}/`)).toBe(true);
  for (const [path, type] of [
    ["/feed.xml", "application/rss+xml; charset=utf-8"],
    ["/atom.xml", "application/atom+xml; charset=utf-8"],
    ["/calendar.ics", "text/calendar; charset=utf-8"],
    [`${CALL}/calendar.ics`, "text/calendar; charset=utf-8"],
    [image?.slice(EXPORT_SITE_URL.length) ?? "", "image/png"],
    ["/pagefind/pagefind-entry.json", "application/json; charset=utf-8"],
    // Pagefind's WebAssembly is gzip data its script unpacks: bytes, not an encoded response.
    ["/pagefind/wasm.en.pagefind", "application/octet-stream"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe(type);
  }
  const wasm = await request.get("/pagefind/wasm.en.pagefind");
  expect(wasm.headers()["content-encoding"]).toBeUndefined();
  expect([...(await wasm.body()).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
});

test("hashed assets are cached for a year, everything else revalidates", async ({
  request,
}) => {
  expect(
    (await request.get(await hashedAsset(request))).headers()["cache-control"],
  ).toBe(IMMUTABLE);
  for (const path of [
    RELEASE,
    "/",
    "/feed.xml",
    "/calendar.ics",
    "/no-such-page",
  ])
    expect((await request.get(path)).headers()["cache-control"], path).toBe(
      REVALIDATE,
    );
});
