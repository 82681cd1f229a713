import type { Contact } from "@/lib/content";
import { ContactCard } from "@/components/contacts/contact-card";

type ContactListProps = {
  contacts: readonly Contact[];
  className?: string;
};

export function ContactList({
  contacts,
  className = "grid gap-4 sm:grid-cols-2",
}: ContactListProps) {
  return (
    <ul className={className}>
      {contacts.map((contact) => (
        <li key={`${contact.role}-${contact.email}`}>
          <ContactCard contact={contact} />
        </li>
      ))}
    </ul>
  );
}
