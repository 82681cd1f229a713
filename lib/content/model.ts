import type { CalendarDate } from "@/lib/time/calendar-date";
import type { CallTiming } from "@/lib/calls/call-timing";
import type { CallKind } from "@/lib/calls/call-kinds";
import type { Period } from "@/lib/time/period";
import type { PhoneNumber } from "@/lib/text/phone";
import type {
  FilingForm,
  ReleaseFrontMatter,
  statedEventKinds,
  Webcast,
} from "./schema";

export type { CallTiming };

/**
 * What pages see of the content: the front matter's types (./schema) with
 * what the build derives from each release, its calls, events and figures.
 */

/** A number to dial, with what kind of number it is: "Toll-free", "Toll" or as the release labels it. */
export type DialIn = PhoneNumber & { readonly label: string };

/**
 * An event a release announces that a reader can attend, as pages see it: a
 * conference call, a presentation, a webcast or a shareholder meeting
 * (`kind`). Instants are epoch milliseconds so they pass unchanged to the
 * small client components that read the reader's clock.
 */
export type Call = {
  readonly kind: CallKind;
  /** The call's date, then the rest of its release's slug: 2004-03-29-update-on-…-call */
  readonly slug: string;
  readonly releaseSlug: string;
  readonly title: string;
  readonly purpose: string | undefined;
  readonly place: string | undefined;
  readonly speakers: readonly string[];
  readonly date: CalendarDate;
  readonly timing: CallTiming;
  /**
   * When it can be live: its start and end; for a time printed without a
   * zone, from that time in the first zone to reach it to its end in the last;
   * with no time, its whole day anywhere on Earth.
   */
  readonly window: { readonly startsAt: number; readonly endsAt: number };
  readonly durationMinutes: number;
  readonly durationIsEstimate: boolean;
  readonly dialIn: readonly DialIn[];
  readonly webcast: Webcast | undefined;
  /** Its replays, telephone first, as the release announces them. */
  readonly replays: readonly Replay[];
};

type ReplayWindow = {
  readonly through: CalendarDate | undefined;
  /** End of the `through` day in the call's zone, when the zone is known. */
  readonly endsAt: number | undefined;
};

/** A replay by one channel: numbers and a code to dial, or a webcast to open. */
export type Replay = ReplayWindow &
  (
    | {
        readonly channel: "telephone";
        readonly numbers: readonly DialIn[];
        readonly code: string | undefined;
        /** As the release calls it, "code" if it does not say. */
        readonly codeName: string;
      }
    | ({ readonly channel: "webcast" } & Webcast)
  );

export type EventKind =
  "release" | "call" | "replay" | (typeof statedEventKinds)[number];

/** Where in a release a fact is stated: the sentence and the anchor of its paragraph. */
export type SourceSentence = {
  readonly quote: string;
  readonly paragraphId: string;
};

/** A dated event on the timeline, from a release's data or its stated events. */
export type TimelineEvent = SourceSentence & {
  /** Unique on the site, stable while content is unchanged: "2004-04-12-replay". */
  readonly id: string;
  readonly period: Period;
  readonly kind: EventKind;
  readonly label: string;
  /** For a filing, the form the release names; no other kind has one. */
  readonly form: FilingForm | undefined;
  /** It lay in the future when the release was issued. */
  readonly expected: boolean;
  readonly releaseSlug: string;
  /** For call and replay events, the call's page. */
  readonly callSlug: string | undefined;
  /** For a call's own event, what kind of event it is. */
  readonly callKind: CallKind | undefined;
  /** For call and replay events, when the call or the replay is over (epoch ms), as on the call's page. */
  readonly endsAt: number | undefined;
};

export type KeyFigure = SourceSentence & {
  readonly label: string;
  readonly value: string;
  readonly period: Period;
  readonly releaseSlug: string;
};

/** A release as pages see it: its front matter, plus what the build derives from the file. */
export type Release = Omit<
  ReleaseFrontMatter,
  "calls" | "events" | "figures"
> & {
  readonly calls: readonly Call[];
  readonly events: readonly TimelineEvent[];
  readonly figures: readonly KeyFigure[];
  /**
   * When it was issued, in epoch milliseconds: `issued` in its zone, or else
   * the instant that keeps its dateline day for every reader (middayUtcEpochMs).
   * Feeds, JSON-LD, Open Graph and the sitemap all date the release by it.
   */
  readonly publishedAt: number;
  /** The file name without `.md`: the release date, then a short kebab-case headline. */
  readonly slug: string;
  /** The content file it was read from, relative to the working directory. */
  readonly sourceFile: string;
  /** The body as sanitised HTML, with heading and paragraph anchors. */
  readonly html: string;
  /** The "About <company>" boilerplate section, if the body has one. */
  readonly about:
    { readonly heading: string; readonly html: string } | undefined;
};

/** A timeline event before it gets its site-wide id. */
export type UnnumberedEvent = Omit<TimelineEvent, "id">;

/** A release before its events get their site-wide ids: what one file gives, and what the cache keeps. */
export type ReleaseDraft = Omit<Release, "events"> & {
  events: UnnumberedEvent[];
};
