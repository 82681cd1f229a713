/**
 * What a text to import is, when it is plainly not a press release: a call's
 * transcript, the script read on a call, or a financial table on its own.
 * Each is told by what a release never has in that quantity (speaker turns,
 * the phrases a call is opened and run with, lines in columns with no prose),
 * so that a release, whose call and contact lines are labelled too, is never
 * taken for one. A text with a dateline is a release.
 */

import type { ImportNote } from "./notes";

export type NotAPressRelease = {
  readonly kind: "call-transcript" | "call-script" | "financial-table";
  /** What it was told by, for the message: "41 speaker turns such as \"Operator:\"". */
  readonly evidence: string;
};

export type TextKind = { readonly kind: "press-release" } | NotAPressRelease;

/** The import's answer to a text that is plainly not a press release: nothing imported. */
export type NotARelease = {
  readonly kind: "not-a-release";
  /** What the text looks like instead: "a call transcript (41 speaker turns such as "Operator:")". */
  readonly looksLike: string;
  /** The same, as the one note a result of any kind has room for. */
  readonly notes: readonly ImportNote[];
};

const textKindNames = {
  "call-transcript": "a call transcript",
  "call-script": "a conference-call script",
  "financial-table": "a financial table alone",
} as const;

/** "a call transcript (41 speaker turns such as "Operator:")" */
export const describeTextKind = (kind: NotAPressRelease) =>
  `${textKindNames[kind.kind]} (${kind.evidence})`;

/**
 * "Operator: Thank you.", "JANE DOE: Good morning", "Jane Doe - Acme - CFO:":
 * a capitalised label of a few words without digits, then a colon. Release
 * lines have labels too ("Date:", "Investor Relations:"), so a label is a
 * speaker's only when it is the operator or speaks more than once.
 */
const labelledLine = /^(?<label>\p{Lu}[^:\d]{0,59}?)\s*:(?:\s+(?<said>.*))?$/u;
/** "[Operator]", "[Dana Whitfield]": a script's speaker, alone on the line before what they say. */
const bracketedLabel = /^\[(?<label>\p{Lu}[^\]\d]{0,59})\]$/u;
const maxLabelWords = 8;
const operatorLabel = /^operator$/i;
/** What a turn says is speech, not a value such as "Thursday, May 5" or a number. */
const minWordsSaid = 4;
/** A transcript has many turns; a release with two calls' labelled lines has some. */
const minTranscriptTurns = 8;
const minTranscriptSpeakers = 2;
/** The heading a transcript puts before the analysts' questions. */
const questionsHeading =
  /^(?:question[- ]and[- ]answer(?: session)?|questions and answers|q\s*&\s*a(?: session)?)$/i;

/**
 * What is said on a call and never in a release: its operator's welcome, the
 * hand-overs, the closing. A release announcing a call says "a
 * question-and-answer session", so that is not among them.
 */
const callPhrases = [
  /\bgood\s+(?:morning|afternoon|evening),?\s+(?:and\s+welcome|ladies\s+and\s+gentlemen|everyone)\b/i,
  /\bthank\s+you,?\s+operator\b/i,
  /\bturn\s+(?:the\s+call|it)\s+over\s+to\b/i,
  /\bthank\s+you\s+(?:all\s+)?for\s+joining\s+us\b/i,
  /\boperator\s+instructions\b/i,
  /\bthis\s+concludes\s+(?:today's|our|the)\s+(?:call|conference|presentation)\b/i,
  /\bopen\s+(?:the\s+call|it\s+up|the\s+line)\s+(?:for|to)\s+questions\b/i,
  /\bprepared\s+remarks\b/i,
];
const minScriptPhrases = 2;

/** A table's columns, as the layout tells them: a gap of three spaces or more inside a line. */
const columnGap = /\S {3,}\S/;
const minTableLines = 5;
/** A line of prose is a line of words; a table's title or footnote is short. */
const minProseLineWords = 8;
/** A table alone has a title and footnotes, not paragraphs. */
const maxTableProseLines = 3;

const wordCount = (text: string) =>
  text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

type Turn = { readonly label: string; readonly said: string };

/** Each labelled line and what follows its label, or the next line when the label stands alone. */
function labelledTurns(lines: readonly string[]): Turn[] {
  return lines.flatMap((line, index) => {
    const groups = (labelledLine.exec(line) ?? bracketedLabel.exec(line))
      ?.groups;
    const label = groups?.label?.trim();
    if (!label || label.split(/\s+/).length > maxLabelWords) return [];
    const said = groups?.said ?? lines[index + 1] ?? "";
    return wordCount(said) >= minWordsSaid ? [{ label, said }] : [];
  });
}

/** The speakers' turns: the operator's, and those of each label that speaks more than once. */
function speakerTurns(turns: readonly Turn[]) {
  const byLabel = new Map<string, number>();
  for (const { label } of turns) {
    const key = label.toLowerCase();
    byLabel.set(key, (byLabel.get(key) ?? 0) + 1);
  }
  const speaks = (label: string) =>
    operatorLabel.test(label) || (byLabel.get(label.toLowerCase()) ?? 0) > 1;
  const spoken = turns.filter(({ label }) => speaks(label));
  const speakers = new Set(spoken.map(({ label }) => label.toLowerCase()));
  const mostTurns = [...speakers].reduce<string | undefined>(
    (most, label) =>
      most === undefined || (byLabel.get(label) ?? 0) > (byLabel.get(most) ?? 0)
        ? label
        : most,
    undefined,
  );
  const example = spoken.find(
    ({ label }) => label.toLowerCase() === mostTurns,
  )?.label;
  return { count: spoken.length, speakers: speakers.size, example };
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/**
 * Tells a text that is plainly not a press release. `hasDateline` says the
 * layout found a dateline lead, which only a release has.
 */
export function readTextKind(text: string, hasDateline: boolean): TextKind {
  if (hasDateline) return { kind: "press-release" };
  const lines = text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean);

  const turns = speakerTurns(labelledTurns(lines));
  const questions = lines.find((line) => questionsHeading.test(line));
  if (
    turns.count >= minTranscriptTurns &&
    turns.speakers >= minTranscriptSpeakers
  )
    return {
      kind: "call-transcript",
      evidence: `${plural(turns.count, "speaker turn", "speaker turns")} such as "${turns.example}:"${questions ? ` and a "${questions}" heading` : ""}`,
    };

  // Read across line breaks: a wrapped line may part a phrase.
  const phrases = callPhrases.flatMap((phrase) => {
    const said = phrase.exec(text)?.[0];
    return said === undefined ? [] : [said.replace(/\s+/g, " ")];
  });
  const operatorLines = lines.filter((line) =>
    /^\[?operator\b/i.test(line),
  ).length;
  if (
    phrases.length >= minScriptPhrases &&
    (operatorLines > 0 || turns.count > 0)
  )
    return {
      kind: "call-script",
      evidence: `${operatorLines > 0 ? `${plural(operatorLines, "operator line", "operator lines")} and ` : ""}${plural(phrases.length, "phrase", "phrases")} said on a call, such as "${phrases[0]}"`,
    };

  const tableLines = lines.filter((line) => columnGap.test(line)).length;
  const proseLines = lines.filter(
    (line) => !columnGap.test(line) && wordCount(line) >= minProseLineWords,
  ).length;
  if (
    tableLines >= minTableLines &&
    tableLines * 2 >= lines.length &&
    proseLines <= maxTableProseLines
  )
    return {
      kind: "financial-table",
      evidence: `${tableLines} of its ${lines.length} lines in columns, no dateline and ${proseLines === 0 ? "no line" : `only ${plural(proseLines, "line", "lines")}`} of prose`,
    };
  return { kind: "press-release" };
}

/** The import's refusal of a text that is plainly not a press release, if it is one. */
export function refuseIfNotARelease(
  text: string,
  hasDateline: boolean,
): NotARelease | undefined {
  const textKind = readTextKind(text, hasDateline);
  if (textKind.kind === "press-release") return undefined;
  const looksLike = describeTextKind(textKind);
  return {
    kind: "not-a-release",
    looksLike,
    notes: [
      {
        field: "body",
        message: `the text looks like ${looksLike}, not a press release`,
      },
    ],
  };
}
