/** What the importer says of the page and filing marks it took out of a text, and the exhibit number EDGAR gives. */
import type { EdgarMarkKind, WithoutEdgarMarks } from "./edgar-artifacts";
import type { ReleaseLayout } from "./layout";
import type { ImportNote } from "./notes";

/** What each kind of mark is, said in a note: one, then more. */
const edgarMarkNames: Record<EdgarMarkKind, readonly [string, string]> = {
  wrapper: [
    "line of EDGAR's filing wrapper",
    "lines of EDGAR's filing wrapper",
  ],
  "page-break": ["EDGAR page break", "EDGAR page breaks"],
  more: [
    '"more" mark at the foot of a page',
    '"more" marks at the foot of a page',
  ],
  "page-number": ["page number", "page numbers"],
  "table-tag": ["EDGAR table tag line", "EDGAR table tag lines"],
};
/** Enough of a note's examples to recognise them by; the count says how many there were. */
const maxExamples = 3;

const counted = (number: number, [one, many]: readonly [string, string]) =>
  `${number.toLocaleString("en-US")} ${number === 1 ? one : many}`;

/** Each kind of mark taken out, in one line, with the lines it was as examples. */
export function edgarNotes(edgar: WithoutEdgarMarks): ImportNote[] {
  const linesByKind = new Map<EdgarMarkKind, string[]>();
  for (const { kind, line } of edgar.removed) {
    const lines = linesByKind.get(kind);
    if (lines) lines.push(line);
    else linesByKind.set(kind, [line]);
  }
  const notes = [...linesByKind].map(([kind, lines]) => {
    const distinct = [...new Set(lines)];
    const examples = distinct
      .slice(0, maxExamples)
      .map((line) => JSON.stringify(line));
    const more = distinct.length - examples.length;
    return {
      field: "body",
      message: `left out ${counted(lines.length, edgarMarkNames[kind])} (${examples.join(", ")}${more > 0 ? ` and ${more} more` : ""}): not part of the release`,
    };
  });
  if (edgar.joinedParagraphs > 0)
    notes.push({
      field: "body",
      message: `joined back ${counted(edgar.joinedParagraphs, ["paragraph", "paragraphs"])} that a page break had split; check each join`,
    });
  return notes;
}

/** The exhibit number: from the "Exhibit 99.1" line, else from EDGAR's "<TYPE>EX-99.1" line. */
export function exhibitOf(
  layout: Pick<ReleaseLayout, "exhibit">,
  edgar: WithoutEdgarMarks,
  notes: ImportNote[],
): string | undefined {
  if (edgar.exhibit === undefined) return layout.exhibit;
  if (layout.exhibit === undefined)
    notes.push({
      field: "sec.exhibit",
      message: `${edgar.exhibit}, read from EDGAR's "<TYPE>EX-${edgar.exhibit}" line: the text prints no "Exhibit" line`,
    });
  else if (layout.exhibit !== edgar.exhibit)
    notes.push({
      field: "sec.exhibit",
      message: `${layout.exhibit}, as the "Exhibit" line prints it, though EDGAR's "<TYPE>" line says EX-${edgar.exhibit}`,
    });
  return layout.exhibit ?? edgar.exhibit;
}
