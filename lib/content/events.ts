import type { CalendarDate } from "@/lib/time/calendar-date";
import { findDates, findTimes } from "@/lib/time/dates-in-text";
import { parsePeriod, type Period } from "@/lib/time/period";
import { sentencesOf } from "@/lib/text/sentences";
import { findCallTimeProblems } from "./calls";
import type { ContentProblem } from "./errors";
import type { Paragraph } from "./render";
import type { ReleaseFrontMatter } from "./schema";
import type { Call, KeyFigure, SourceSentence, TimelineEvent } from "./model";

export type UnnumberedEvent = Omit<TimelineEvent, "id">;

const foldSpace = (text: string) => text.replace(/\s+/g, " ").trim();

function sentencesIn(paragraphs: readonly Paragraph[]): SourceSentence[] {
  return paragraphs.flatMap(({ id, text }) =>
    sentencesOf(foldSpace(text)).map((sentence) => ({
      quote: sentence.text,
      paragraphId: id,
    })),
  );
}

/** The paragraph that holds a quote word for word, among paragraphs whose white space is folded. */
function locate(
  foldedParagraphs: readonly Paragraph[],
  quote: string,
): SourceSentence | undefined {
  const wanted = foldSpace(quote);
  const paragraph = foldedParagraphs.find(({ text }) => text.includes(wanted));
  return paragraph && { quote: wanted, paragraphId: paragraph.id };
}

/**
 * Whether the sentence names the day; "today" is the release date, and a day
 * without its year is the nearest such day, or with `forward` (a replay's
 * last day: "through January 31") the first one after the release.
 */
function namesDay(
  sentence: string,
  date: CalendarDate,
  releaseDate: CalendarDate,
  forward: boolean,
): boolean {
  return findDates(sentence, releaseDate, { forward }).some(
    (named) => named.date === date,
  );
}

/** Whether the sentence states this wall-clock time ("8:30 am", "4:45 p.m."), given as HH:MM. */
function namesTime(sentence: string, time: string): boolean {
  return findTimes(sentence).some((named) => named.time === time);
}

/**
 * The first sentence of the body (after the dateline) that names the day and,
 * if one is given, the time: the sentence announcing a call names both. When
 * none states that time, the one stating some time, so the error can quote it.
 */
function sentenceNaming(
  paragraphs: readonly Paragraph[],
  releaseDate: CalendarDate,
  date: CalendarDate,
  { time, forward = false }: { time?: string; forward?: boolean } = {},
): (SourceSentence & { timeLine: string }) | undefined {
  const sentences = sentencesIn(paragraphs);
  const naming = sentences.flatMap((sentence, index) => {
    if (!namesDay(sentence.quote, date, releaseDate, forward)) return [];
    // "Date: Thursday, April 28, 2005" then "Time: 4:45 p.m. Eastern Time": a call in labelled lines.
    const next = sentences[index + 1]?.quote;
    const timeLine =
      time !== undefined &&
      next !== undefined &&
      findTimes(sentence.quote).length === 0 &&
      findTimes(next).length > 0 &&
      findDates(next, releaseDate).length === 0
        ? `${sentence.quote} ${next}`
        : sentence.quote;
    return [{ ...sentence, timeLine }];
  });
  if (time === undefined) return naming[0];
  return (
    naming.find(({ timeLine }) => namesTime(timeLine, time)) ??
    naming.find(({ timeLine }) => findTimes(timeLine).length > 0) ??
    naming[0]
  );
}

const dayPeriod = (date: CalendarDate): Period => {
  const period = parsePeriod(date);
  if (!period) throw new Error(`${date} is a calendar date and so a period`);
  return period;
};

type Derived = {
  events: UnnumberedEvent[];
  figures: KeyFigure[];
  problems: ContentProblem[];
};

/**
 * The release's dated events: its own issue, its calls and replay ends (from
 * their data) and the events and figures it lists, each tied to its sentence.
 */
export function deriveEvents(
  file: string,
  release: Pick<
    ReleaseFrontMatter,
    "date" | "headline" | "events" | "figures"
  > & { slug: string },
  calls: readonly Call[],
  paragraphs: readonly Paragraph[],
): Derived {
  const problems: ContentProblem[] = [];
  const events: UnnumberedEvent[] = [];
  // Folded once: a release may quote many sentences of one long paragraph.
  const folded = paragraphs.map(({ id, text }) => ({
    id,
    text: foldSpace(text),
  }));
  const add = (
    event: Omit<UnnumberedEvent, "releaseSlug" | "expected">,
    expected?: boolean,
  ) =>
    events.push({
      ...event,
      releaseSlug: release.slug,
      expected: expected ?? event.period.start > release.date,
    });

  const [lead] = sentencesIn(paragraphs.slice(0, 1));
  if (lead) {
    add({
      ...lead,
      period: dayPeriod(release.date),
      kind: "release",
      label: release.headline,
      callSlug: undefined,
    });
  }

  calls.forEach((call, index) => {
    const dated = [
      {
        kind: "call" as const,
        field: "date",
        date: call.date,
        label: call.title,
        what: "the call's date",
      },
      ...call.replays.map(({ channel, through }) => ({
        kind: "replay" as const,
        field: `replay.${channel}.through`,
        date: through,
        label: `Last day of the ${channel} replay`,
        what: `the ${channel} replay's last day`,
      })),
    ];
    for (const { kind, field, date, label, what } of dated) {
      if (date === undefined) continue;
      const found = sentenceNaming(paragraphs, release.date, date, {
        time: kind === "call" ? call.time : undefined,
        forward: kind === "replay",
      });
      if (!found) {
        problems.push({
          file,
          field: `calls[${index}].${field}`,
          message: `no sentence of the body names ${date}, ${what}`,
        });
        continue;
      }
      const { timeLine, ...source } = found;
      if (kind === "call")
        problems.push(...findCallTimeProblems(file, index, call, timeLine));
      add({
        ...source,
        period: dayPeriod(date),
        kind,
        label,
        callSlug: call.slug,
      });
    }
  });

  release.events.forEach((event, index) => {
    const source = locate(folded, event.quote);
    if (!source) {
      problems.push({
        file,
        field: `events[${index}] (${event.label})`,
        message: `its quote is not in the body: ${JSON.stringify(event.quote)}`,
      });
      return;
    }
    add(
      {
        ...source,
        period: event.date,
        kind: event.kind,
        label: event.label,
        callSlug: undefined,
      },
      event.expected,
    );
  });

  const figures = release.figures.flatMap((figure, index): KeyFigure[] => {
    const source = locate(folded, figure.quote);
    if (!source) {
      problems.push({
        file,
        field: `figures[${index}] (${figure.label})`,
        message: `its quote is not in the body: ${JSON.stringify(figure.quote)}`,
      });
      return [];
    }
    return [
      {
        ...source,
        label: figure.label,
        value: figure.value,
        period: figure.period,
        releaseSlug: release.slug,
      },
    ];
  });

  return { events, figures, problems };
}

/** Ids unique across the site: "2004-04-12-replay", then "-2", "-3" for the same day and kind. */
export function numberEvents(
  eventsByRelease: readonly (readonly UnnumberedEvent[])[],
): TimelineEvent[][] {
  const taken = new Set<string>();
  return eventsByRelease.map((events) =>
    events.map((event) => {
      const base = `${event.period.value}-${event.kind}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      return { ...event, id };
    }),
  );
}
