import type { Release, SourceSentence as Source } from "@/lib/content";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { routes } from "@/lib/site/routes";
import { TextLink } from "@/components/ui/text-link";

/** An entry above that quotes the same sentence: where to point instead of quoting it again. */
export type EarlierQuote = { id: string; label: string };

type SourceSentenceProps = {
  source: Source;
  release: Release;
  sameAs: EarlierQuote | undefined;
};

/** Where an entry comes from, always shown; the sentence itself opens on demand, without JavaScript. */
export function SourceSentence({
  source,
  release,
  sameAs,
}: SourceSentenceProps) {
  return (
    <details className="source">
      <summary>From the release of {formatCalendarDate(release.date)}</summary>
      {sameAs ? (
        <p className="source-same">
          The same sentence as{" "}
          <TextLink href={`#${sameAs.id}`}>{sameAs.label}</TextLink>.
        </p>
      ) : (
        <blockquote className="source-quote">
          &ldquo;{source.quote}&rdquo;{" "}
          {/* A full page load, so that :target highlights the paragraph. */}
          <TextLink
            fullPageLoad
            href={routes.releaseParagraph(release.slug, source.paragraphId)}
          >
            Read it in the release
          </TextLink>
        </blockquote>
      )}
    </details>
  );
}
