import type { EarlierContact } from "@/lib/content";
import { ContactCard } from "@/components/contacts/contact-card";
import { CalendarDateTime } from "@/components/ui/calendar-date-time";
import { Muted } from "@/components/ui/muted";
import { TextLink } from "@/components/ui/text-link";
import { routes } from "@/lib/site/routes";

type EarlierContactsProps = { contacts: readonly EarlierContact[] };

/** Each earlier contact once, with the span of releases that named them. */
export function EarlierContacts({ contacts }: EarlierContactsProps) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {contacts.map(({ contact, newest, oldest }) => (
        <li key={`${newest.slug}-${contact.role}-${contact.email}`}>
          <ContactCard contact={contact}>
            <Muted small className="mt-3">
              {newest === oldest ? (
                <>
                  Named in the release of{" "}
                  <CalendarDateTime date={newest.date} />:{" "}
                </>
              ) : (
                <>
                  Named in releases from <CalendarDateTime date={oldest.date} />{" "}
                  to <CalendarDateTime date={newest.date} />; the latest:{" "}
                </>
              )}
              <TextLink href={routes.release(newest.slug)}>
                {newest.headline}
              </TextLink>
            </Muted>
          </ContactCard>
        </li>
      ))}
    </ul>
  );
}
