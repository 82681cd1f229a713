/**
 * Writes N synthetic releases, each about as long as a real one and each with
 * a conference call, a replay and a stated filing, into a fresh content folder,
 * for benchmarks: `writeSyntheticContent(1000)` → folder path.
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

const DAY_MS = 86_400_000;
const longDate = new Intl.DateTimeFormat("en-US", {
  dateStyle: "long",
  timeZone: "UTC",
});
const weekday = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  timeZone: "UTC",
});
const isoDay = (epochMs: number) =>
  new Date(epochMs).toISOString().slice(0, "YYYY-MM-DD".length);

function release(index: number, day: number): string {
  const words = wordStream(index + 1);
  const replayEnd = day + 14 * DAY_MS;
  const filing = day + 10 * DAY_MS;
  const code = String(21_000_000 + index);
  const filingSentence = `The company expects to file its annual report on Form 10-K by ${longDate.format(filing)}.`;
  return `---
headline: Example Networks Reports Results for Period ${index + 1}
date: ${isoDay(day)}
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
calls:
  - title: Results conference call
    date: ${isoDay(day)}
    time: "16:45"
    zone: America/New_York
    dialIn:
      - number: (888) 882-0115
    replay:
      telephone:
        numbers:
          - number: (800) 633-8284
        code: "${code}"
        codeName: access code
        through: ${isoDay(replayEnd)}
events:
  - date: ${isoDay(filing)}
    kind: filing
    form: 10-K
    label: Annual Report on Form 10-K
    quote: ${filingSentence}
---

${Array.from({ length: 5 }, () => paragraph(words, 4)).join("\n\n")}

${filingSentence}

## Business Update

${Array.from({ length: 2 }, () => paragraph(words, 4)).join("\n\n")}

## Conference Call Information

Example Networks will host a conference call on ${weekday.format(day)}, ${longDate.format(day)} at 4:45 p.m. Eastern time. The dial-in number is (888) 882-0115. A replay can be heard by calling (800) 633-8284 with the access code ${code}. The telephone playback will be available through ${weekday.format(replayEnd)}, ${longDate.format(replayEnd)}.

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
    const day = first + index * 3 * DAY_MS;
    writeFileSync(
      path.join(releases, `${isoDay(day)}-period-${index + 1}-results.md`),
      release(index, day),
    );
  }
  return directory;
}
