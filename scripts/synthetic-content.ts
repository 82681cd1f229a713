/**
 * Writes N synthetic releases, each about as long as a real one, into a fresh
 * content folder, for benchmarks: `writeSyntheticContent(1000)` → folder path.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const WORDS = (
  "revenue quarter fiscal customers network carrier voice softswitch gateway deployment margin guidance " +
  "subscribers wireless broadband partnership outlook audit filing shareholders expansion contract service " +
  "infrastructure operating results growth platform provider international backlog bookings product"
).split(" ");

/** A deterministic pseudo-random sequence, so every run benchmarks the same text. */
function* wordStream(seed: number): Generator<string> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    yield WORDS[state % WORDS.length] ?? "network";
  }
}

function sentence(words: Generator<string>, length: number): string {
  const text = Array.from({ length }, () => words.next().value).join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(words: Generator<string>, sentences: number): string {
  return Array.from({ length: sentences }, (_, index) =>
    sentence(words, 14 + (index % 5) * 3),
  ).join(" ");
}

function release(index: number, date: string): string {
  const words = wordStream(index + 1);
  return `---
headline: Example Networks Reports Results for Period ${index + 1}
date: ${date}
summary: Example Networks reports its results for period ${index + 1}.
dateline: CHELMSFORD, Mass.
wire: Business Wire
listing:
  exchange: Nasdaq
  ticker: EXMP
contacts:
  - role: Investor Relations
    name: Pat Example
    phone: 978-589-8672
    email: ir@example.com
---

${Array.from({ length: 5 }, () => paragraph(words, 4)).join("\n\n")}

## Business Update

${Array.from({ length: 2 }, () => paragraph(words, 4)).join("\n\n")}

## About Example Networks

${paragraph(words, 3)}

:::safe-harbor
${paragraph(words, 6)}
:::
`;
}

export function writeSyntheticContent(count: number): string {
  const directory = mkdtempSync(path.join(tmpdir(), `ir-content-${count}-`));
  const releases = path.join(directory, "releases");
  mkdirSync(releases);
  const first = Date.UTC(1990, 0, 1);
  for (let index = 0; index < count; index++) {
    // Every third day from 1990, so slugs and dates are unique and real.
    const date = new Date(first + index * 3 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    writeFileSync(
      path.join(releases, `${date}-period-${index + 1}-results.md`),
      release(index, date),
    );
  }
  return directory;
}
