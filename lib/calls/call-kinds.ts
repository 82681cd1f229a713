/**
 * What kind of event a release announces, which decides its words on every
 * page, card, calendar file and alert: a conference call on results or
 * business (dial-in numbers, a replay), a presentation or fireside chat at a
 * conference (place, speakers, a live and archived webcast), an event heard
 * only by webcast, or a shareholder meeting.
 */
export const callKinds = [
  "conference-call",
  "presentation",
  "webcast",
  "shareholder-meeting",
] as const;

export type CallKind = (typeof callKinds)[number];

/** What an event of one kind is called wherever the site names it. */
type CallKindWords = {
  /** Its kind as a label, on its page, the timeline and in search: "Conference call". */
  label: string;
  /** The word for it in running text: "call". */
  noun: string;
  /** The link from a card or the home page to its page. */
  detailsLink: string;
  /** What its page gives, for the page's description. */
  pageGives: string;
  /** The heading of how to join it while it is ahead or on, and once it is over. */
  joinHeading: string;
  joinedHeading: string;
  /** What its recorded webcast is called. */
  webcastReplay: string;
  /** A page with no number to dial says so only where one is expected. */
  expectsTelephone: boolean;
  /** The last word of its page's URL. */
  urlWord: string;
};

export const callKindWords: Record<CallKind, CallKindWords> = {
  "conference-call": {
    label: "Conference call",
    noun: "call",
    detailsLink: "Dial-in, webcast and replay details",
    pageGives: "dial-in numbers, webcast, replay numbers and code",
    joinHeading: "Listen live",
    joinedHeading: "The live call",
    webcastReplay: "Webcast replay",
    expectsTelephone: true,
    urlWord: "call",
  },
  presentation: {
    label: "Presentation",
    noun: "presentation",
    detailsLink: "Place, speakers and webcast",
    pageGives: "place, speakers, live and archived webcast",
    joinHeading: "Live webcast",
    joinedHeading: "The live webcast",
    webcastReplay: "Archived webcast",
    expectsTelephone: false,
    urlWord: "presentation",
  },
  webcast: {
    label: "Webcast",
    noun: "webcast",
    detailsLink: "Webcast and archive details",
    pageGives: "live and archived webcast",
    joinHeading: "Live webcast",
    joinedHeading: "The live webcast",
    webcastReplay: "Archived webcast",
    expectsTelephone: false,
    urlWord: "webcast",
  },
  "shareholder-meeting": {
    label: "Shareholder meeting",
    noun: "meeting",
    detailsLink: "Place, time and webcast",
    pageGives: "place, time and webcast",
    joinHeading: "Attend or listen live",
    joinedHeading: "The meeting",
    webcastReplay: "Archived webcast",
    expectsTelephone: false,
    urlWord: "meeting",
  },
};

/**
 * What an event is and where, as a line under its title: "Presentation ·
 * Phoenix, Arizona". A conference call, the usual kind, goes unnamed.
 */
export function whatAndWhere(event: {
  kind: CallKind;
  place: string | undefined;
}): string[] {
  return [
    event.kind === "conference-call"
      ? undefined
      : callKindWords[event.kind].label,
    event.place,
  ].filter((part) => part !== undefined);
}
