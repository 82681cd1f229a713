import { findPhoneNumbersInText } from "libphonenumber-js/max";
import type { Root } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import { dialInKind, formatPhone } from "@/lib/phone";
import { endOfDayEpochMs, wallClockToEpochMs } from "@/lib/time";
import type { ContentProblem } from "./errors";
import type { Call, CallFrontMatter, DialIn } from "./schema";

/** Releases give no length for their calls; an hour is the usual slot, shown as an estimate. */
const ASSUMED_DURATION_MINUTES = 60;
const DEFAULT_COUNTRY = "US";

type DialInFrontMatter = CallFrontMatter["dialIn"][number];

function toDialIn({ number, label }: DialInFrontMatter): DialIn {
  return { ...number, display: formatPhone(number), label: label ?? dialInKind(number) };
}

type Derived = { calls: Call[]; problems: ContentProblem[] };

/** Turns a release's call front matter into calls with instants, slugs and formatted numbers. */
export function deriveCalls(file: string, releaseSlug: string, calls: readonly CallFrontMatter[]): Derived {
  const problems: ContentProblem[] = [];
  const headlinePart = releaseSlug.slice("YYYY-MM-DD-".length);
  const derived = calls.map((call, index): Call => {
    const field = `calls[${index}]`;
    let startsAt: number | undefined;
    if (call.time !== undefined && call.zone !== undefined) {
      try {
        startsAt = wallClockToEpochMs(call.date, call.time, call.zone);
      } catch {
        problems.push({
          file,
          field: `${field}.time`,
          message: `${call.time} on ${call.date} does not exist, or happens twice, in ${call.zone} (a daylight-saving change)`,
        });
      }
    }
    const endOfDay = (date: typeof call.date | undefined) =>
      date !== undefined && call.zone !== undefined ? endOfDayEpochMs(date, call.zone) : undefined;
    for (const [name, through] of [
      ["replay.telephone.through", call.replay?.telephone?.through],
      ["replay.webcast.through", call.replay?.webcast?.through],
    ] as const) {
      if (through !== undefined && through < call.date) {
        problems.push({ file, field: `${field}.${name}`, message: `${through} is before the call on ${call.date}` });
      }
    }
    const durationMinutes = call.durationMinutes ?? ASSUMED_DURATION_MINUTES;
    const telephone = call.replay?.telephone;
    const webcast = call.replay?.webcast;
    return {
      slug: `${call.date}-${headlinePart}-call${index === 0 ? "" : `-${index + 1}`}`,
      releaseSlug,
      title: call.title,
      purpose: call.purpose,
      date: call.date,
      time: call.time,
      zone: call.zone,
      startsAt,
      endsAt: startsAt === undefined ? undefined : startsAt + durationMinutes * 60_000,
      durationMinutes,
      durationIsEstimate: call.durationMinutes === undefined,
      dialIn: call.dialIn.map(toDialIn),
      webcast: call.webcast,
      telephoneReplay: telephone && {
        numbers: telephone.numbers.map(toDialIn),
        code: telephone.code,
        codeName: telephone.codeName,
        through: telephone.through,
        endsAt: endOfDay(telephone.through),
      },
      webcastReplay: webcast && {
        access: webcast.access,
        url: webcast.url,
        through: webcast.through,
        endsAt: endOfDay(webcast.through),
      },
    };
  });
  return { calls: derived, problems };
}

type Section = { title: string; text: string };

/** The body cut at its `##` headings; the text before the first is the lead. */
function sectionsOf(tree: Root): Section[] {
  const sections: Section[] = [{ title: "lead", text: "" }];
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) sections.push({ title: mdastText(node), text: "" });
    const current = sections.at(-1);
    if (current) current.text += `${mdastText(node)}\n\n`;
  }
  return sections;
}

const phoneNumbersIn = (text: string) =>
  findPhoneNumbersInText(text, DEFAULT_COUNTRY).map(({ number, startsAt, endsAt }) => ({
    e164: number.number,
    written: text.slice(startsAt, endsAt),
  }));

const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

/**
 * The call data must say what the release says: each of its numbers and codes
 * appears in the body, and each number in a body section about a call is in the data.
 */
export function findCallProblems(file: string, calls: readonly CallFrontMatter[], tree: Root): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sections = sectionsOf(tree);
  const bodyText = sections.map((section) => section.text).join("");
  const bodyNumbers = new Set(phoneNumbersIn(bodyText).map(({ e164 }) => e164));
  const bodyWords = new Set([...wordSegmenter.segment(bodyText)].map(({ segment }) => segment));

  const dataNumbers = new Set<string>();
  calls.forEach((call, index) => {
    const numbered: [string, DialInFrontMatter[]][] = [
      [`calls[${index}].dialIn`, call.dialIn],
      [`calls[${index}].replay.telephone.numbers`, call.replay?.telephone?.numbers ?? []],
    ];
    for (const [field, list] of numbered) {
      list.forEach(({ number }, position) => {
        dataNumbers.add(number.e164);
        if (!bodyNumbers.has(number.e164)) {
          problems.push({ file, field: `${field}[${position}].number`, message: `${number.text} does not appear in the release body` });
        }
      });
    }
    const code = call.replay?.telephone?.code;
    if (code !== undefined && !bodyWords.has(code)) {
      problems.push({ file, field: `calls[${index}].replay.telephone.code`, message: `"${code}" does not appear in the release body` });
    }
  });

  for (const section of sections) {
    const found = phoneNumbersIn(section.text);
    if (!found.some(({ e164 }) => dataNumbers.has(e164))) continue;
    for (const { e164, written } of found) {
      if (!dataNumbers.has(e164)) {
        problems.push({
          file,
          field: "calls",
          message: `${written} is in the body's "${section.title}" section but in no call's dial-in or replay numbers`,
        });
      }
    }
  }
  return problems;
}
