import type { Call, Release } from "@/lib/content";
import { callKindWords } from "@/lib/calls/call-kinds";
import { edgarFilingUrl } from "@/lib/site/edgar";
import { routes } from "@/lib/site/routes";
import { RelatedContacts } from "@/components/contacts/related-contacts";
import { CalendarDateTime } from "@/components/ui/calendar-date-time";
import { Muted } from "@/components/ui/muted";
import { RelatedSection } from "@/components/ui/related-section";
import { TextLink } from "@/components/ui/text-link";

type CallRelatedProps = { call: Call; release: Release };

/**
 * What a reader of a call's page wants beside it: the release that announced
 * it (where every number on the page comes from), whom to ask, and its files.
 * Beside the details on a wide screen, after them on a narrow one.
 */
export function CallRelated({ call, release }: CallRelatedProps) {
  const { noun } = callKindWords[call.kind];
  return (
    <aside aria-label={`About this ${noun}`} className="space-y-10">
      <RelatedSection id="call-source" heading="Announced in">
        <p className="text-sm">
          <Muted as="span" small className="block">
            Press release of <CalendarDateTime date={release.date} />
          </Muted>
          <TextLink href={routes.release(release.slug)}>
            {release.headline}
          </TextLink>
        </p>
        {call.purpose && (
          <Muted small className="mt-2">
            The {noun} is {call.purpose}.
          </Muted>
        )}
      </RelatedSection>
      <RelatedContacts id="call-contacts" contacts={release.contacts} />
      <RelatedSection id="call-documents" heading="Documents">
        <ul className="space-y-2 text-sm">
          <li>
            <TextLink href={routes.callCalendar(call.slug)} fullPageLoad>
              {`Calendar file of the ${noun} (.ics)`}
            </TextLink>
          </li>
          {release.sec && (
            <li>
              <TextLink href={edgarFilingUrl(release.sec.accession)}>
                {`The release on SEC EDGAR: Form ${release.sec.form}, Exhibit ${release.sec.exhibit}`}
              </TextLink>
            </li>
          )}
        </ul>
      </RelatedSection>
    </aside>
  );
}
