import type { Contact } from "@/lib/content";
import { ContactList } from "@/components/contacts/contact-list";
import { RelatedSection } from "@/components/ui/related-section";

type RelatedContactsProps = {
  /** Unique on the page: the section is labelled by its heading. */
  id: string;
  contacts: readonly Contact[];
};

/** The contacts beside a release or a call: one column beside the text, two below it on a tablet. */
export function RelatedContacts({ id, contacts }: RelatedContactsProps) {
  if (contacts.length === 0) return null;
  return (
    <RelatedSection id={id} heading="Contacts">
      <ContactList
        contacts={contacts}
        className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1"
      />
    </RelatedSection>
  );
}
