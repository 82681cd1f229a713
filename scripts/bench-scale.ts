/**
 * The `scale` section of `npm run bench`: the real `npm run build` of
 * synthetic archives (scripts/synthetic-content.ts) of 250, 1,000 and 2,000
 * releases, or the counts of BENCH_SCALE_COUNTS=250,1000, and for each its
 * build time and memory, largest page, feed, a rebuild after one change and
 * one search in Chromium, printed beside their targets; nothing is asserted.
 */
import {
  appendFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import path from "node:path";
import Parser from "rss-parser";
import { SEARCH_INDEX_DIRECTORY } from "../lib/publish/search-index";
import { readerSearch } from "./bench-search";
import {
  type Figure,
  gzipBytes,
  kb,
  keepingAside,
  keepingTsconfig,
  progress,
  printFigures,
  run,
} from "./bench-tools";
import { writeSyntheticContent } from "./synthetic-content";

/** Nearly every synthetic release says it: the query with the most results, the costliest for a reader. */
const SEARCH_QUERY = "quarter";
const SEARCH_TIMEOUT_MS = 120_000;
const KIB = 1024;

type Measured = Awaited<ReturnType<typeof measure>>;

function scaleCounts(): number[] {
  const setting = process.env.BENCH_SCALE_COUNTS ?? "250,1000,2000";
  const counts = setting.split(",").map(Number);
  if (
    counts.length < 2 ||
    new Set(counts).size !== counts.length ||
    counts.some((count) => !Number.isInteger(count) || count < 1)
  )
    throw new Error(
      `BENCH_SCALE_COUNTS must list two or more different numbers of releases, e.g. 250,1000, not "${setting}"`,
    );
  return counts.toSorted((a, b) => a - b);
}

/** What each process of the content step reported parsing, in the order they logged it. */
const parsedCounts = (log: string) =>
  [...log.matchAll(/^content: parsed (\d+) of/gm)].map((match) =>
    Number(match[1]),
  );

const SECONDS_PER_UNIT: Record<string, number> = { ms: 0.001, s: 1, min: 60 };

/** Next's own timing of its prerendering ("Generating static pages … (240/240) in 13.5s"): the build's part that grows with the archive. */
function prerenderSeconds(log: string): number {
  const match =
    /Generating static pages.*\(\d+\/\d+\) in ([\d.]+)(ms|s|min)$/m.exec(log);
  return Number(match?.[1]) * (SECONDS_PER_UNIT[match?.[2] ?? ""] ?? NaN);
}

function htmlPages(distDir: string) {
  const root = path.join(distDir, "server", "app");
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const route = `/${path.relative(root, file).slice(0, -".html".length).split(path.sep).join("/")}`;
      return {
        route: route === "/index" ? "/" : route,
        file,
        bytes: statSync(file).size,
      };
    });
}

async function feedFigures(distDir: string) {
  const body = readFileSync(
    path.join(distDir, "server", "app", "feed.xml.body"),
  );
  const feed = await new Parser().parseString(body.toString("utf8"));
  return { bytes: body.length, items: feed.items.length };
}

/** The reader's side of one search at this count, with a line saying how many results it found. */
async function searchAt(distDir: string) {
  const { status, ...figures } = await readerSearch(
    distDir,
    SEARCH_QUERY,
    SEARCH_TIMEOUT_MS,
  );
  progress(`  search "${SEARCH_QUERY}": ${status}`);
  return figures;
}

/** An author edits one release: the content step should parse it alone and read the rest from its cache. */
function contentStepAfterChange(content: string, env: Record<string, string>) {
  const folder = path.join(content, "releases");
  const [first] = readdirSync(folder).toSorted();
  if (!first) throw new Error(`${folder} has no release`);
  appendFileSync(path.join(folder, first), "\nOne more line.\n");
  const again = run("npx", ["tsx", "scripts/load-content.ts"], env);
  progress(
    `  after changing ${first}: ${again.stdout.trim()}, in ${again.seconds.toFixed(1)} s`,
  );
  return parsedCounts(again.stdout)[0] ?? NaN;
}

/** What the build into `distDir` logged and wrote. */
function builtFigures(distDir: string, build: ReturnType<typeof run>) {
  const [parsedByContentStep = NaN, ...parsedByNextBuild] = parsedCounts(
    build.stdout,
  );
  const peakKiB = /Maximum resident set size \(kbytes\): (\d+)/.exec(
    build.stderr,
  )?.[1];
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8"),
  ) as { routes: Record<string, { srcRoute?: string | null }> };
  const pages = htmlPages(distDir).map((page) => ({
    ...page,
    // The page's route, as /releases/[slug]: what pages of one type share.
    type: manifest.routes[page.route]?.srcRoute ?? page.route,
  }));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    buildSeconds: build.seconds,
    files: Object.keys(manifest.routes).length,
    prerenderSeconds: prerenderSeconds(build.stdout),
    peakMiB: Number(peakKiB) / KIB,
    parsedByContentStep,
    parsedByNextBuild: parsedByNextBuild.reduce((a, b) => a + b, 0),
    /** Each prerendered HTML page's raw bytes and type, by its path. */
    pages: new Map(
      pages.map(({ route, bytes, type }) => [route, { bytes, type }]),
    ),
    largest: {
      route: largest.route,
      type: largest.type,
      bytes: largest.bytes,
      gzip: gzipBytes(readFileSync(largest.file)),
    },
  };
}

async function measure(count: number) {
  const content = writeSyntheticContent(count);
  const distDir = `.next-bench-${count}`;
  const env = {
    CONTENT_DIR: content,
    NEXT_DIST_DIR: distDir,
    TYPES_CHECKED: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // A content cache left in it by an interrupted run would spare the build its parsing.
  rmSync(distDir, { recursive: true, force: true });
  const measuring = async () => {
    progress(
      `scale: ${count} synthetic releases, npm run build under /usr/bin/time -v`,
    );
    const build = keepingTsconfig(() =>
      run("/usr/bin/time", ["-v", "npm", "run", "build"], env),
    );
    progress(`  built in ${build.seconds.toFixed(1)} s`);
    const built = builtFigures(distDir, build);
    const feed = await feedFigures(distDir);
    const search = await searchAt(distDir);
    const parsedAfterChange = contentStepAfterChange(content, env);
    return { count, ...built, feed, search, parsedAfterChange };
  };
  try {
    // The build writes its search index over the site's own.
    return await keepingAside(
      SEARCH_INDEX_DIRECTORY,
      ".next-bench-pagefind",
      measuring,
    );
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  }
}

export async function buildScaling() {
  const measured: Measured[] = [];
  for (const count of scaleCounts()) measured.push(await measure(count));
  printScaling(measured);
}

function printScaling(measured: Measured[]) {
  const small = measured[0];
  const large = measured.at(-1);
  if (!small || !large) return;
  /** Over the whole build, per file the larger count adds: how the marginal cost is defined. */
  const marginalMs = (from: Measured, to: Measured) =>
    ((to.buildSeconds - from.buildSeconds) * 1000) / (to.files - from.files);
  const previous = (at: Measured) => measured[measured.indexOf(at) - 1];
  const prerenderMs = (at: Measured) => (at.prerenderSeconds * 1000) / at.files;
  const largestOfType = (at: Measured, type: string) => {
    const sizes = [...at.pages.values()]
      .filter((page) => page.type === type)
      .map((page) => page.bytes);
    return sizes.length > 0 ? Math.max(...sizes) : NaN;
  };
  /** A page's size at a count; where that count has no such path (a year it does not reach), its type's largest page's. */
  const sizeAt = (at: Measured, page: { route: string; type: string }) =>
    at.pages.get(page.route)?.bytes ?? largestOfType(at, page.type);
  /** A count's largest page, at the largest count over at the smallest. */
  const growth = (at: Measured) =>
    sizeAt(large, at.largest) / sizeAt(small, at.largest);
  /**
   * The type of page whose largest grew most from the count before. A figure,
   * not a target: a page that lists a bounded number of items (/contacts'
   * twelve earlier contacts) grows until the archive fills it, and the
   * synthetic archive's contacts fill it only past 2,000 releases. A page
   * that listed everything would fail the largest page's own bound.
   */
  const mostGrown = (at: Measured) => {
    const before = previous(at);
    if (!before) return undefined;
    return [...new Set([...at.pages.values()].map((page) => page.type))]
      .map((type) => ({
        type,
        by: largestOfType(at, type) / largestOfType(before, type),
      }))
      .filter(({ by }) => !Number.isNaN(by))
      .toSorted((a, b) => b.by - a.by)[0];
  };
  const every = (met: (at: Measured) => boolean) => measured.every(met);
  const searchMs = (at: Measured) => at.search.firstResultMs ?? NaN;
  const figures: Figure<Measured>[] = [
    {
      name: "whole build, s",
      show: (at) => at.buildSeconds.toFixed(1),
      value: (at) => at.buildSeconds,
    },
    {
      name: "prerendered files",
      show: (at) => at.files,
      value: (at) => at.files,
    },
    {
      name: "marginal build cost per prerendered file from the count before, ms",
      show: (at) => {
        const before = previous(at);
        return before ? marginalMs(before, at).toFixed(1) : "";
      },
    },
    {
      name: `marginal build cost per prerendered file from ${small.count}, ms`,
      show: (at) => (at === small ? "" : marginalMs(small, at).toFixed(1)),
      target: "≤ 15 (a bare Next page: about 7)",
      met: marginalMs(small, large) <= 15,
    },
    {
      name: "Next's prerendering per file, ms",
      show: (at) => prerenderMs(at).toFixed(1),
      value: prerenderMs,
      // Timings vary from run to run, the more so on a busy machine.
      target: "no growth (≤ 1.1×, for noise)",
      met: prerenderMs(large) <= 1.1 * prerenderMs(small),
    },
    {
      name: "peak RSS of the largest single process, MiB",
      show: (at) => at.peakMiB.toFixed(0),
      value: (at) => at.peakMiB,
      target: "≤ 2,048 at every count",
      met: every((at) => at.peakMiB <= 2 * KIB),
    },
    {
      name: "parsed by the content step",
      show: (at) => at.parsedByContentStep,
    },
    {
      name: "parsed again by next build",
      show: (at) => at.parsedByNextBuild,
      target: "0 at every count",
      met: every((at) => at.parsedByNextBuild === 0),
    },
    {
      name: "content step after one release changes: parsed",
      show: (at) => at.parsedAfterChange,
      target: "1 at every count",
      met: every((at) => at.parsedAfterChange === 1),
    },
    { name: "largest HTML page: path", show: (at) => at.largest.route },
    {
      name: "largest HTML page, KiB",
      show: (at) => kb(at.largest.bytes),
      target: "≤ 150",
      met: large.largest.bytes <= 150 * KIB,
    },
    {
      name: "largest HTML page gzipped, KiB",
      show: (at) => kb(at.largest.gzip),
      target: "≤ 25",
      met: large.largest.gzip <= 25 * KIB,
    },
    {
      name: `largest page at ${small.count} / ${large.count}, KiB (that path, or its type's largest)`,
      show: (at) =>
        [small, large].map((end) => kb(sizeAt(end, at.largest))).join(" / "),
    },
    {
      name: `largest page, ${large.count} over ${small.count}`,
      show: (at) => `${growth(at).toFixed(2)}×`,
      target: "≤ 1.2×",
      met: growth(large) <= 1.2,
    },
    {
      name: "page type grown most from the count before (its largest page)",
      show: (at) => {
        const grown = mostGrown(at);
        return grown ? `${grown.type} ${grown.by.toFixed(2)}×` : "";
      },
    },
    {
      name: `search "${SEARCH_QUERY}": KiB under /pagefind/ (files)`,
      show: (at) => `${kb(at.search.bytes)} (${at.search.files})`,
      value: (at) => at.search.bytes,
      target: "≤ 300",
      met: large.search.bytes <= 300 * KIB,
    },
    {
      name: "search: first result shown, ms from navigation",
      show: (at) => searchMs(at).toFixed(0),
      value: searchMs,
      target: "≤ 1,000 on loopback",
      met: searchMs(large) <= 1000,
    },
    {
      name: "feed.xml, KiB",
      show: (at) => kb(at.feed.bytes),
      value: (at) => at.feed.bytes,
    },
    {
      name: "feed.xml items",
      show: (at) => at.feed.items,
      value: (at) => at.feed.items,
      target: "the same at every count",
      met: every((at) => at.feed.items === small.feed.items),
    },
  ];
  console.log(
    [
      "\nBuild scaling: the real npm run build (TYPES_CHECKED=1) of synthetic archives. KiB = 1,024 bytes.",
      "Peak RSS: the largest single process of the build, from /usr/bin/time -v.",
      `Search: /search?q=${SEARCH_QUERY} in Chromium against next start on loopback; the bodies of responses under /pagefind/ as received (its index files are gzip data already); NaN ms: no result in ${SEARCH_TIMEOUT_MS / 1000} s.`,
    ].join("\n"),
  );
  printFigures(
    measured.map((at) => ({ title: `${at.count} releases`, at })),
    figures,
  );
}
