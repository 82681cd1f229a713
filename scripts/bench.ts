/**
 * Performance figures, printed, never asserted: `npm run bench [-- section …]`.
 * Sections: weight, lighthouse, serve, scale, search, alerts (default: all, in that order).
 * Starts its own servers on loopback ports and stops them by process group.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumExecutablePath, chromiumLaunchOptions } from "../e2e/chromium";
import { BARE_PAGE_DIRECTORY, writeBarePage } from "./bench-bare-page";
import { alertThroughput } from "./bench-alerts";
import { buildScaling } from "./bench-scale";
import {
  gzipBytes,
  kb,
  keepingAside,
  keepingTsconfig,
  NEXT_PORT,
  nextStart,
  progress,
  refuseAnswering,
  run,
  startServer,
  stopServer,
  table,
  waitFor,
} from "./bench-tools";
import { findNginx, NGINX_MISSING, prepareNginx } from "./nginx";

const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? 3302);
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? 3303);
const RELEASE = "/releases/2004-03-29-update-on-status-of-financial-results";
const RELEASE_LABEL = "release page";
/** A small plain file of the export, served by the same server block as the pages. */
const SMALL_FILE = "/robots.txt";
const CALL = "/calls/2005-03-03-preliminary-fourth-quarter-2004-results-call";
const PAGE_TYPES: Record<string, string> = {
  home: "/",
  releases: "/releases",
  release: RELEASE,
  call: CALL,
  calls: "/calls",
  timeline: "/timeline",
  contacts: "/contacts",
  search: "/search",
};

async function pageWeight(base: string, bareBase: string) {
  progress("page weight: loading each page type in Chromium");
  const browser = await chromium.launch(chromiumLaunchOptions);
  /** The scripts a page loads, the requests it makes until the network is idle, and its inline RSC payload's characters. */
  const load = async (url: string) => {
    const page = await browser.newPage();
    const scripts = new Set<string>();
    let requests = 0;
    page.on("request", () => requests++);
    page.on("response", (response) => {
      if (response.request().resourceType() === "script")
        scripts.add(response.url());
    });
    await page.goto(url, { waitUntil: "networkidle" });
    const payload = await page.evaluate(() =>
      [...document.scripts]
        .map((script) => (script.src ? "" : (script.textContent ?? "")))
        .filter((text) => text.startsWith("self.__next_f"))
        .reduce((sum, text) => sum + text.length, 0),
    );
    await page.close();
    return { scripts, requests, payload };
  };
  const sizes = new Map<string, number>();
  const gzippedSize = async (url: string) => {
    if (!sizes.has(url))
      sizes.set(
        url,
        gzipBytes(Buffer.from(await (await fetch(url)).arrayBuffer())),
      );
    return sizes.get(url) ?? 0;
  };
  // /contacts has no client component of ours: what it loads is the framework's.
  const framework = (await load(base + "/contacts")).scripts;
  const rows: (string | number)[][] = [];
  const pages: [string, string][] = [
    ["bare page", bareBase + "/"],
    ...Object.entries(PAGE_TYPES).map(([type, pagePath]): [string, string] => [
      type,
      base + pagePath,
    ]),
  ];
  for (const [type, url] of pages) {
    const html = Buffer.from(await (await fetch(url)).arrayBuffer());
    const loaded = await load(url);
    const scripts = [...loaded.scripts];
    const own = scripts.filter((url) => !framework.has(url));
    let total = 0;
    let ours = 0;
    for (const url of scripts) total += await gzippedSize(url);
    for (const url of own) ours += await gzippedSize(url);
    rows.push([
      type,
      kb(html.length),
      kb(gzipBytes(html)),
      kb(loaded.payload),
      kb(total),
      kb(ours),
      own.length,
      loaded.requests,
    ]);
  }
  await browser.close();
  console.log(
    "\nPage weight (KiB; RSC payload = the HTML's inline flight scripts; JS gzipped; 'ours' = scripts beyond what the island-free /contacts loads; requests until the network is idle)",
  );
  table(
    [
      "page",
      "HTML",
      "HTML gz",
      "RSC payload",
      "JS gz total",
      "JS gz ours",
      "our chunks",
      "requests",
    ],
    rows,
  );
}

const LIGHTHOUSE_PAGES = ["home", "releases", "release", "call", "timeline"];
const LIGHTHOUSE_RUNS = 3;

type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
};

const median = (values: readonly number[]) =>
  values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Lighthouse's mobile run of the bare page and of each page type, three times
 * each, interleaved (bare, home, …, bare, home, …) so that the machine's
 * drift falls on all alike; medians, and each page against the bare one.
 */
async function lighthouseScores(base: string, bareBase: string) {
  progress(
    `lighthouse: mobile settings, the bare page and ${LIGHTHOUSE_PAGES.length} pages, ${LIGHTHOUSE_RUNS} runs each, interleaved`,
  );
  // Both ship only as ES modules.
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutablePath(),
    chromeFlags: (chromiumLaunchOptions.args ?? []).map((flag) =>
      flag === "--headless" ? "--headless=new" : flag,
    ),
  });
  const targets: [string, string][] = [
    ["bare page", bareBase + "/"],
    ...LIGHTHOUSE_PAGES.map((type): [string, string] => [
      type,
      base + (PAGE_TYPES[type] ?? "/"),
    ]),
  ];
  const runs = new Map<string, LighthouseFigures[]>();
  try {
    for (let round = 1; round <= LIGHTHOUSE_RUNS; round++) {
      for (const [name, url] of targets) {
        progress(`lighthouse: ${name}, run ${round}`);
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [
            "performance",
            "accessibility",
            "best-practices",
            "seo",
          ],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`lighthouse returned nothing for ${name}`);
        const score = (id: string) =>
          Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        runs.set(name, [
          ...(runs.get(name) ?? []),
          {
            performance: score("performance"),
            accessibility: score("accessibility"),
            bestPractices: score("best-practices"),
            seo: score("seo"),
            lcp: audit("largest-contentful-paint"),
            tbt: audit("total-blocking-time"),
            cls: audit("cumulative-layout-shift"),
          },
        ]);
      }
    }
  } finally {
    chrome.kill();
  }
  const medianOf = (name: string, key: keyof LighthouseFigures) =>
    median((runs.get(name) ?? []).map((figures) => figures[key]));
  const bare = (key: keyof LighthouseFigures) => medianOf("bare page", key);
  console.log(
    `\nLighthouse (mobile; medians of ${LIGHTHOUSE_RUNS}; scores out of 100, times in ms; vs bare = against the bare page)`,
  );
  table(
    [
      "page",
      "perf",
      "perf vs bare",
      "a11y",
      "best",
      "seo",
      "LCP",
      "LCP vs bare",
      "TBT",
      "TBT vs bare",
      "CLS",
    ],
    targets.map(([name]) => [
      name,
      medianOf(name, "performance"),
      medianOf(name, "performance") - bare("performance"),
      medianOf(name, "accessibility"),
      medianOf(name, "bestPractices"),
      medianOf(name, "seo"),
      Math.round(medianOf(name, "lcp")),
      `${(medianOf(name, "lcp") / bare("lcp")).toFixed(2)}×`,
      Math.round(medianOf(name, "tbt")),
      `${(medianOf(name, "tbt") / Math.max(bare("tbt"), 1)).toFixed(2)}×`,
      medianOf(name, "cls").toFixed(3),
    ]),
  );
}

type WrkFigures = {
  requestsPerSecond: number;
  p50: string;
  p99: string;
  errors: number;
  non2xx: number;
};

/** What a browser sends: servers that compress answer it compressed. */
const BROWSER_ENCODINGS = "Accept-Encoding: gzip, deflate, br";

function wrk(url: string, seconds: number, connections: number): WrkFigures {
  const { stdout } = run("wrk", [
    "-t2",
    `-c${connections}`,
    `-d${seconds}s`,
    "--latency",
    "-H",
    BROWSER_ENCODINGS,
    url,
  ]);
  const number = (pattern: RegExp) => Number(pattern.exec(stdout)?.[1] ?? 0);
  const errors =
    /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
      stdout,
    );
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    p50: /\s50%\s+(\S+)/.exec(stdout)?.[1] ?? "?",
    p99: /\s99%\s+(\S+)/.exec(stdout)?.[1] ?? "?",
    errors: errors
      ? errors.slice(1).reduce((sum, count) => sum + Number(count), 0)
      : 0,
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/),
  };
}

/** The run with the median rate. */
function medianRun(runs: WrkFigures[]): WrkFigures {
  const middle = [...runs].sort(
    (a, b) => a.requestsPerSecond - b.requestsPerSecond,
  )[Math.floor(runs.length / 2)];
  if (!middle) throw new Error("wrk ran no round");
  return middle;
}

const WRK_MISSING =
  "wrk is not installed: apt-get install wrk (Debian) or brew install wrk (macOS)";

/**
 * next start against nginx serving the static export with deploy/nginx.conf,
 * and nginx's release page against a small plain file from the same server:
 * what the page costs nginx beyond the floor of serving any file.
 */
async function serving(nextBase: string, bareBase: string) {
  const missing = [
    ...(spawnSync("wrk", ["-v"]).error ? [WRK_MISSING] : []),
    ...(findNginx() ? [] : [NGINX_MISSING]),
  ];
  if (missing.length > 0) {
    console.log(`\nServing: not measured. ${missing.join("; ")}`);
    return;
  }
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
  progress(
    `serving: wrk, 50 then 10 connections, ${seconds} s each against next start, the bare page and then the release page`,
  );
  const bareAt50 = wrk(bareBase + "/", seconds, 50);
  const nextAt50 = wrk(nextBase + RELEASE, seconds, 50);
  const bareAt10 = wrk(bareBase + "/", seconds, 10);
  const nextAt10 = wrk(nextBase + RELEASE, seconds, 10);

  progress("serving: static export (npm run export) for nginx");
  // A static export writes the export to its distDir but builds in .next, over the site's own build.
  await keepingAside(".next", ".next-bench-site", () =>
    keepingTsconfig(() =>
      run("npm", ["run", "export"], { NEXT_DIST_DIR: ".next-bench-export" }),
    ),
  );
  // A static export built with a distDir of its own is written there, not to out/.
  const { command, args } = prepareNginx(NGINX_PORT, ".next-bench-export");
  const nginx = startServer(command, args);
  const nginxBase = `http://127.0.0.1:${NGINX_PORT}`;
  // In turn, three times each, so that the load other work puts on the
  // machine meanwhile falls on both alike.
  const pageRuns: WrkFigures[] = [];
  const smallFileRuns: WrkFigures[] = [];
  const roundSeconds = Math.max(1, Math.round(seconds / 3));
  try {
    await waitFor(nginxBase + RELEASE);
    progress(
      `serving: wrk, 50 connections, ${seconds} s each against nginx, in three rounds`,
    );
    for (let round = 0; round < 3; round++) {
      pageRuns.push(wrk(nginxBase + RELEASE, roundSeconds, 50));
      smallFileRuns.push(wrk(nginxBase + SMALL_FILE, roundSeconds, 50));
    }
  } finally {
    stopServer(nginx);
    rmSync(".next-bench-export", { recursive: true, force: true });
  }
  const page = medianRun(pageRuns);
  const smallFile = medianRun(smallFileRuns);
  const rows: [string, WrkFigures][] = [
    ["next start bare page -c50", bareAt50],
    [`next start ${RELEASE_LABEL} -c50`, nextAt50],
    ["next start bare page -c10", bareAt10],
    [`next start ${RELEASE_LABEL} -c10`, nextAt10],
    [`nginx ${RELEASE_LABEL} -c50`, page],
    [`nginx ${SMALL_FILE} -c50`, smallFile],
  ];
  console.log(
    `\nServing ${RELEASE_LABEL} = ${RELEASE} (wrk -t2 -d${seconds}s on loopback, nginx's the median of 3 rounds of ${roundSeconds} s; "${BROWSER_ENCODINGS}")`,
  );
  table(
    [
      "server, path, connections",
      "req/s",
      "p50",
      "p99",
      "socket errors",
      "non-2xx",
    ],
    rows.map(([label, figures]) => [
      label,
      figures.requestsPerSecond.toFixed(0),
      figures.p50,
      figures.p99,
      figures.errors,
      figures.non2xx,
    ]),
  );
  console.log(
    `next start: release page / bare page: ${(nextAt50.requestsPerSecond / bareAt50.requestsPerSecond).toFixed(2)}× at -c50, ${(nextAt10.requestsPerSecond / bareAt10.requestsPerSecond).toFixed(2)}× at -c10 (target ≥ 0.8×; p99 at -c10 under 100 ms)`,
  );
  console.log(
    `nginx: release page / ${SMALL_FILE}: ${(page.requestsPerSecond / smallFile.requestsPerSecond).toFixed(2)}× (target ≥ 0.9×); release page, nginx / next start at -c50: ${(page.requestsPerSecond / nextAt50.requestsPerSecond).toFixed(1)}×`,
  );
}

async function main() {
  const requested = process.argv.slice(2);
  const wants = (section: string) =>
    requested.length === 0 || requested.includes(section);

  if (wants("weight") || wants("lighthouse") || wants("serve")) {
    progress("building the site (npm run build)");
    const { seconds } = run("npm", ["run", "build"]);
    progress(
      `built in ${seconds.toFixed(1)} s; building the bare page (${BARE_PAGE_DIRECTORY})`,
    );
    writeBarePage();
    run("npx", ["next", "build", BARE_PAGE_DIRECTORY]);
    progress(
      `serving the site on 127.0.0.1:${NEXT_PORT} and the bare page on 127.0.0.1:${BARE_PORT} with next start`,
    );
    const base = `http://127.0.0.1:${NEXT_PORT}`;
    const bareBase = `http://127.0.0.1:${BARE_PORT}`;
    await refuseAnswering(base);
    await refuseAnswering(bareBase);
    const servers = [
      nextStart(["--port", String(NEXT_PORT)]),
      nextStart([BARE_PAGE_DIRECTORY, "--port", String(BARE_PORT)]),
    ];
    try {
      await waitFor(base + "/");
      await waitFor(bareBase + "/");
      if (wants("weight")) await pageWeight(base, bareBase);
      if (wants("lighthouse")) await lighthouseScores(base, bareBase);
      if (wants("serve")) await serving(base, bareBase);
    } finally {
      servers.forEach(stopServer);
    }
  }
  if (wants("scale")) await buildScaling();
  if (wants("search"))
    run("npm", ["run", "bench:search"])
      .stdout.split("\n")
      .forEach((line) => console.log(line));
  if (wants("alerts")) await alertThroughput();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
