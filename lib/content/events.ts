import type { CalendarDate } from "@/lib/time/calendar-date";
import { parsePeriod, type Period } from "@/lib/time/period";
import { replayClosesAt } from "@/lib/calls/call-phase";
import { callKindWords } from "@/lib/calls/call-kinds";
import { findCallTimeProblems } from "./calls";
import { statedTimeAndZone } from "@/lib/calls/call-timing";
import type { ContentProblem } from "./errors";
import type { Paragraph } from "./render";
import type { ReleaseFrontMatter } from "./schema";
import type { Call, KeyFigure, TimelineEvent, UnnumberedEvent } from "./model";
import {
  foldSpace,
  locate,
  sentenceNaming,
  sentencesIn,
} from "./stated-in-body";
import type { CheckDescription } from "./checks/rule";

/** A check made here, as docs/adding-releases.md lists it (everyCheck). */
export const statedDatesInBodyCheck: CheckDescription = {
  name: "stated-dates-in-body",
  description:
    "A sentence of the body names each call's date and each replay's last day.",
};

/** A check made here, as docs/adding-releases.md lists it (everyCheck). */
export const quotesInBodyCheck: CheckDescription = {
  name: "quotes-in-body",
  description:
    "Every event's and key figure's quote stands word for word in the body.",
};

export const dayPeriod = (date: CalendarDate): Period => {
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
      form: undefined,
      callSlug: undefined,
      callKind: undefined,
      endsAt: undefined,
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
        endsAt: call.window.endsAt,
      },
      ...call.replays.map((replay) => ({
        kind: "replay" as const,
        field: `replay.${replay.channel}.through`,
        date: replay.through,
        label: `Last day of the ${replay.channel === "telephone" ? "telephone replay" : callKindWords[call.kind].webcastReplay.toLowerCase()}`,
        what: `the ${replay.channel} replay's last day`,
        endsAt: replayClosesAt(replay, call.window.endsAt),
      })),
    ];
    for (const { kind, field, date, label, what, endsAt } of dated) {
      if (date === undefined) continue;
      const found = sentenceNaming(paragraphs, release.date, date, {
        time: kind === "call" ? statedTimeAndZone(call.timing).time : undefined,
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
        problems.push(
          ...findCallTimeProblems(
            file,
            index,
            { date: call.date, ...statedTimeAndZone(call.timing) },
            timeLine,
          ),
        );
      add({
        ...source,
        period: dayPeriod(date),
        kind,
        label,
        form: undefined,
        callSlug: call.slug,
        callKind: kind === "call" ? call.kind : undefined,
        endsAt,
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
    const repeated = events.find(
      (announced) =>
        announced.callSlug !== undefined &&
        announced.period.value === event.date.value &&
        announced.paragraphId === source.paragraphId &&
        (announced.quote.includes(source.quote) ||
          source.quote.includes(announced.quote)),
    );
    if (repeated) {
      problems.push({
        file,
        field: `events[${index}] (${event.label})`,
        message: `repeats the ${repeated.kind === "call" ? "day" : "last replay day"} of ${JSON.stringify(repeated.label)} with its sentence, which the timeline shows already: events are facts beyond the release's calls and their replays; remove it`,
      });
      return;
    }
    add(
      {
        ...source,
        period: event.date,
        kind: event.kind,
        label: event.label,
        form: event.kind === "filing" ? event.form : undefined,
        callSlug: undefined,
        callKind: undefined,
        endsAt: undefined,
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
