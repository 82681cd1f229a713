import type { Filing } from "@/lib/content";
import { edgarFormFilingsUrl } from "@/lib/site/edgar";
import { routes } from "@/lib/site/routes";
import { periodYear } from "@/lib/time/period";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { FilingEntry } from "@/components/filings/filing-entry";
import { ExpectedBadge } from "@/components/ui/expected-badge";
import { Muted } from "@/components/ui/muted";
import { TextLink } from "@/components/ui/text-link";

type NamedFilingItemProps = {
  filing: Extract<Filing, { basis: "named" }>;
};

/** A report the releases name: as they date it, the releases that name it, and its form's filings on EDGAR. */
export function NamedFilingItem({ filing }: NamedFilingItemProps) {
  return (
    <FilingEntry
      id={filing.id}
      period={filing.period}
      form={filing.form}
      title={
        <>
          <span>{filing.label}</span>
          {filing.expectedAsOf && <ExpectedBadge asOf={filing.expectedAsOf} />}
        </>
      }
    >
      <ul className="text-sm">
        {filing.mentions.map(({ release, event }) => (
          <Muted as="li" key={event.id}>
            Named in{" "}
            {/* A full page load, so that :target highlights the sentence's paragraph. */}
            <TextLink
              fullPageLoad
              href={routes.releaseParagraph(release.slug, event.paragraphId)}
            >
              the release of {formatCalendarDate(release.date)}
              <span className="sr-only">: {release.headline}</span>
            </TextLink>
          </Muted>
        ))}
      </ul>
      <p className="text-sm">
        <TextLink
          href={edgarFormFilingsUrl(filing.form, periodYear(filing.period))}
        >
          Form {filing.form} filings on SEC EDGAR to the end of{" "}
          {periodYear(filing.period)}
        </TextLink>
      </p>
    </FilingEntry>
  );
}
