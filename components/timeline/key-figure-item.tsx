import type { KeyFigure, Release } from "@/lib/content";
import {
  SourceSentence,
  type EarlierQuote,
} from "@/components/timeline/source-sentence";
import { TimelineEntry } from "@/components/timeline/timeline-entry";

type KeyFigureItemProps = {
  id: string;
  figure: KeyFigure;
  release: Release;
  sameAs: EarlierQuote | undefined;
};

/** A figure a release states for a period, on the line of that period. */
export function KeyFigureItem({
  id,
  figure,
  release,
  sameAs,
}: KeyFigureItemProps) {
  return (
    <TimelineEntry
      id={id}
      period={figure.period}
      kind="figure"
      kindLabel="Key figure"
      headline={
        <span className="timeline-label">
          {figure.label}:{" "}
          <strong className="font-semibold tabular-nums">{figure.value}</strong>
        </span>
      }
    >
      <SourceSentence source={figure} release={release} sameAs={sameAs} />
    </TimelineEntry>
  );
}
