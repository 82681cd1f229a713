import type { Metadata } from "next";
import { Muted } from "@/components/ui/muted";
import { CalendarDateTime } from "@/components/ui/calendar-date-time";
import { ContactList } from "@/components/contacts/contact-list";
import { EarlierContacts } from "@/components/contacts/earlier-contacts";
import { PageHeading } from "@/components/ui/page-heading";
import { getContactDirectory, type Release } from "@/lib/content";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";
import { EARLIER_CONTACTS_SHOWN } from "@/lib/site/archive";
import { TextLink } from "@/components/ui/text-link";
import { headingStyle } from "@/components/ui/headings";

export const metadata: Metadata = pageMetadata({
  title: "Investor and media contacts",
  description:
    "Investor relations and media relations contacts, as listed in each press release.",
  path: routes.contacts,
});

export default function ContactsPage() {
  const { current, earlier } = getContactDirectory();
  const shown = earlier.slice(0, EARLIER_CONTACTS_SHOWN);
  const lastShown = shown.at(-1);
  const notShown = earlier.length - shown.length;
  return (
    <>
      <PageHeading title="Investor and media contacts">
        <p>
          The contacts of our latest press release, then the people our earlier
          releases named, the most recent first.
        </p>
      </PageHeading>
      {current && (
        <section aria-labelledby="current-contacts" className="mb-14">
          <h2 id="current-contacts" className={headingStyle[2]}>
            Contacts in the latest release
          </h2>
          <SourceNote release={current.release} />
          <ContactList contacts={current.contacts} />
        </section>
      )}
      {earlier.length > 0 && (
        <section aria-labelledby="earlier-contacts">
          <h2 id="earlier-contacts" className={headingStyle[2]}>
            Earlier contacts
          </h2>
          <Muted className="mt-2">
            Each person once, as the releases that named them printed their
            details, the most recent first. Kept for reference; these numbers
            and addresses may no longer be in service.
          </Muted>
          <div className="mt-6">
            <EarlierContacts contacts={shown} />
          </div>
          {notShown > 0 && lastShown && (
            <Muted className="mt-6">
              {notShown === 1 ? "One more person" : `${notShown} more people`},
              last named on or before{" "}
              <CalendarDateTime date={lastShown.newest.date} />, are in the{" "}
              <TextLink href={routes.releases}>releases</TextLink> that name
              them.
            </Muted>
          )}
        </section>
      )}
    </>
  );
}

function SourceNote({ release }: { release: Release }) {
  return (
    <Muted small className="mt-2 mb-4">
      From the release of <CalendarDateTime date={release.date} />:{" "}
      <TextLink href={routes.release(release.slug)}>
        {release.headline}
      </TextLink>
    </Muted>
  );
}
