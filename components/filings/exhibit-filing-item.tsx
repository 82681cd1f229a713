import type { Filing } from "@/lib/content";
import { edgarFilingUrl, edgarFormFilingsUrl } from "@/lib/site/edgar";
import { routes } from "@/lib/site/routes";
import { periodYear } from "@/lib/time/period";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { FilingEntry } from "@/components/filings/filing-entry";
import { Muted } from "@/components/ui/muted";
import { TextLink } from "@/components/ui/text-link";

type ExhibitFilingItemProps = {
  filing: Extract<Filing, { basis: "exhibit" }>;
};

/**
 * A Form 8-K a release was filed with: dated by its date of report, which is
 * the release's date (the filing date is EDGAR's to say), and linked itself.
 */
export function ExhibitFilingItem({ filing }: ExhibitFilingItemProps) {
  const date = formatCalendarDate(filing.period.start);
  return (
    <FilingEntry
      id={filing.id}
      period={filing.period}
      dateIs="date of report"
      form={filing.form}
      title="Current Report on Form 8-K"
    >
      <ul className="text-sm">
        {filing.exhibits.map(({ release, exhibit }) => (
          <Muted as="li" key={release.slug}>
            Exhibit {exhibit}:{" "}
            <TextLink href={routes.release(release.slug)}>
              the release of {formatCalendarDate(release.date)}
              <span className="sr-only">: {release.headline}</span>
            </TextLink>
          </Muted>
        ))}
      </ul>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <TextLink href={edgarFilingUrl(filing.accession)}>
          This filing on SEC EDGAR
          <span className="sr-only">
            {" "}
            (Form {filing.form} of {date})
          </span>
        </TextLink>
        <TextLink
          href={edgarFormFilingsUrl(filing.form, periodYear(filing.period))}
        >
          Form {filing.form} filings on SEC EDGAR to the end of{" "}
          {periodYear(filing.period)}
        </TextLink>
      </p>
      <Muted small>Accession no. {filing.accession}</Muted>
    </FilingEntry>
  );
}
