import { reviewPlaceholder } from "@/lib/content/authoring";
import { type CallKind, callKindWords } from "@/lib/calls/call-kinds";
import type { CallInput } from "./call-parts";
import type { Tagged } from "./tags";

/**
 * What a presentation at a conference prints besides its day and webcast:
 * the conference's name, its place and who speaks, often as short lines
 * under "…will present at the following investor conference:".
 */

/** Words of an event given at a conference rather than hosted as a call. */
const presentationWord =
  /\b(will present|presents|presenting|presentation|fireside chat|keynote)\b/i;
const conferenceCallWord =
  /\b(conference call|earnings call|teleconference)\b/i;
/** "Speaker: Jane Doe, Chief Financial Officer"; several on one line apart by semicolons. */
const speakerLine =
  /^(?:speakers?|presenters?|panelists?)\s*:\s*(?<who>.+?)\.?$/i;
/** The name of the event on a line of its own: "Granite Peak Technology Conference", "Analyst Day". */
const eventWord =
  /\b(conference|summit|forum|symposium|showcase|expo|seminar|meeting|day)\b/i;
/** A line of a list is short: a name, a place. */
const maxLineWords = 12;

/** A presentation when the live event's sentences speak of presenting and none of a conference call. */
function callKindOf(live: readonly Tagged[]): CallKind {
  const says = (words: RegExp) => live.some(({ text }) => words.test(text));
  return says(presentationWord) && !says(conferenceCallWord)
    ? "presentation"
    : "conference-call";
}

/** The people the "Speaker:" lines name, as printed. */
function speakersOf(units: readonly Tagged[]): string[] {
  return units.flatMap(({ text }) => {
    const who = speakerLine.exec(text)?.groups?.who;
    return who === undefined
      ? []
      : who.split(/;\s*/).filter((speaker) => speaker.trim() !== "");
  });
}

/**
 * A line of its own that names no day, time, number or address and labels
 * nothing: what is left of a list such as a conference's name and its place.
 * It is the only sentence of its paragraph.
 */
function plainLines(units: readonly Tagged[]): string[] {
  const perBlock = new Map<number, number>();
  for (const { block } of units)
    perBlock.set(block, (perBlock.get(block) ?? 0) + 1);
  return units
    .filter(
      ({ text, block, days, times, phones, links }) =>
        perBlock.get(block) === 1 &&
        text.split(/\s+/).length <= maxLineWords &&
        !/[.:;!?]$/.test(text) &&
        !/^[^:]{1,40}:\s/.test(text) &&
        days.length + times.length + phones.length + links.length === 0,
    )
    .map(({ text }) => text);
}

/**
 * The conference's name and the place from the presentation's lines: the
 * first line naming an event is its name, the others are the place, in the
 * order printed ("Moscone West", "San Francisco, California").
 */
function eventAndPlace(units: readonly Tagged[]): {
  event: string | undefined;
  place: string | undefined;
} {
  const lines = plainLines(units);
  const event = lines.find((line) => eventWord.test(line));
  const placeLines = lines.filter((line) => line !== event);
  return {
    event,
    place: placeLines.length > 0 ? placeLines.join(", ") : undefined,
  };
}

/**
 * What the event is, from the live event's sentences: its kind (a conference
 * call, the schema's default, is left unwritten), a title for a person to
 * write, naming the conference to help, and a presentation's place and
 * speakers.
 */
export function describeEvent(
  live: readonly Tagged[],
): Pick<CallInput, "kind" | "title" | "place" | "speakers"> {
  const kind = callKindOf(live);
  const { event, place } =
    kind === "presentation"
      ? eventAndPlace(live)
      : { event: undefined, place: undefined };
  const speakers = speakersOf(live);
  const { label, noun } = callKindWords[kind];
  return {
    ...(kind !== "conference-call" && { kind }),
    title: reviewPlaceholder(
      event
        ? `a title for the ${noun}'s page, such as "${label} at ${event}"`
        : `a title for the ${noun}'s page`,
    ),
    ...(place && { place }),
    ...(speakers.length > 0 && { speakers }),
  };
}
