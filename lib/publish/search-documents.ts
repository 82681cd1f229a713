import type { ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type {
  Call,
  DialIn,
  Release,
  Replay,
  TimelineEvent,
} from "@/lib/content";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { formatPeriod } from "@/lib/time/period";
import { routes } from "@/lib/site/routes";
import { callKindWords } from "@/lib/calls/call-kinds";
import {
  callSectionWords,
  replayHeading,
  replayWindowWords,
} from "@/lib/calls/call-section-words";

/** What each search result says it is, as Pagefind's `kind` metadata. */
export const searchResultKinds = {
  release: "Release",
  call: "Call or event",
  timeline: "Timeline",
} as const;

export type SearchResultKind = keyof typeof searchResultKinds;

/** A page for Pagefind to index: where its result leads, and the HTML it reads. */
export type SearchDocument = {
  readonly kind: SearchResultKind;
  readonly url: string;
  readonly html: string;
  /** The content file it comes from, for error messages. */
  readonly sourceFile: string;
};

/**
 * Pagefind's content weights (1 for running text, up to 10). A call page's
 * replay numbers and code are what a reader who types "reservation number"
 * is after. A timeline entry is one sentence of a release with a label:
 * short as it is, at full weight, or with its label boosted as a page title,
 * it would outrank the call pages and releases that hold the same words.
 */
const REPLAY_WEIGHT = "10";
const TIMELINE_WEIGHT = "0.25";

/**
 * A page as Pagefind reads it: everything in <main> is searched and quoted,
 * `data-pagefind-meta` elements give the result's title (the h1), label and
 * date. Written as a syntax tree, so that the serialiser escapes every text
 * (a headline with "<" or "&" too).
 */
function pageHtml(
  kind: SearchResultKind,
  content: ElementContent[],
  {
    weight,
    label = searchResultKinds[kind],
  }: { weight?: string; label?: string } = {},
): string {
  return toHtml(
    h(null, [
      { type: "doctype" },
      h("html", { lang: "en" }, [
        h("body", [
          h(
            "main",
            {
              dataPagefindBody: true,
              dataPagefindMeta: `kind:${label}`,
            },
            h("div", { dataPagefindWeight: weight }, content),
          ),
        ]),
      ]),
    ]),
    // Only a release's body, sanitised when it was rendered, goes in as HTML.
    { allowDangerousHtml: true },
  );
}

const dated = (date: string) => h("p", { dataPagefindMeta: "date" }, date);

function releaseDocument(release: Release): SearchDocument {
  return {
    kind: "release",
    url: routes.release(release.slug),
    sourceFile: release.sourceFile,
    html: pageHtml("release", [
      h("h1", release.headline),
      dated(formatCalendarDate(release.date)),
      { type: "raw", value: release.html },
    ]),
  };
}

/** Numbers in the site's one format; the index splits them into digit groups, so any printing of them finds them. */
function numberList(numbers: readonly DialIn[]): ElementContent {
  return h(
    "ul",
    numbers.map(({ label, display }) => h("li", `${label}: ${display}`)),
  );
}

/** A replay as its page words it, at the time it can be heard. */
function replayContent(replay: Replay, call: Call): ElementContent[] {
  const window = replayWindowWords(replay, call);
  const heard = [
    h("h3", replayHeading(replay, call)),
    h("p", window?.available ?? callSectionWords.noReplayEndDate),
  ];
  if (replay.channel === "webcast") return [...heard, h("p", replay.access)];
  return [
    ...heard,
    numberList(replay.numbers),
    ...(replay.code === undefined
      ? []
      : [h("p", `${replay.codeName}: ${replay.code}`)]),
  ];
}

/** How to join it, under its page's headings. */
function liveContent(call: Call): ElementContent[] {
  const telephone =
    call.dialIn.length === 0
      ? []
      : [h("h3", callSectionWords.telephone), numberList(call.dialIn)];
  const webcast =
    call.webcast === undefined
      ? []
      : [h("h3", callSectionWords.webcast), h("p", call.webcast.access)];
  if (telephone.length + webcast.length === 0) return [];
  return [
    h("h2", callKindWords[call.kind].joinHeading),
    ...telephone,
    ...webcast,
  ];
}

function callDocument(call: Call, release: Release): SearchDocument {
  return {
    kind: "call",
    url: routes.call(call.slug),
    sourceFile: release.sourceFile,
    html: pageHtml(
      "call",
      [
        h("h1", call.title),
        dated(formatCalendarDate(call.date)),
        ...(call.place === undefined ? [] : [h("p", call.place)]),
        ...(call.speakers.length === 0
          ? []
          : [h("p", call.speakers.join("; "))]),
        ...(call.purpose === undefined ? [] : [h("p", call.purpose)]),
        ...liveContent(call),
        ...(call.replays.length === 0
          ? []
          : [
              h("section", { dataPagefindWeight: REPLAY_WEIGHT }, [
                h("h2", callSectionWords.replay),
                ...call.replays.flatMap((replay) =>
                  replayContent(replay, call),
                ),
              ]),
            ]),
      ],
      { label: callKindWords[call.kind].label },
    ),
  };
}

/**
 * A timeline entry leads to its place on the timeline, which shows it among
 * its neighbours and links on to its sentence in the release. Its label is
 * `label` metadata, not the `title` Pagefind boosts (see TIMELINE_WEIGHT).
 */
function timelineDocument(
  event: TimelineEvent,
  release: Release,
): SearchDocument {
  return {
    kind: "timeline",
    url: routes.timelineEvent(event),
    sourceFile: release.sourceFile,
    html: pageHtml(
      "timeline",
      [
        h("p", { dataPagefindMeta: "label" }, event.label),
        dated(formatPeriod(event.period)),
        h("blockquote", event.quote),
      ],
      { weight: TIMELINE_WEIGHT },
    ),
  };
}

/** Every page search finds: each release, each of its calls and each of its timeline entries. */
export function searchDocuments(
  releases: readonly Release[],
): SearchDocument[] {
  return releases.flatMap((release) => [
    releaseDocument(release),
    ...release.calls.map((call) => callDocument(call, release)),
    ...release.events.map((event) => timelineDocument(event, release)),
  ]);
}
