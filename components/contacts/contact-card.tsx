import type { ReactNode } from "react";
import type { Contact } from "@/lib/content";
import { Muted } from "@/components/ui/muted";
import { telHref } from "@/lib/text/phone";
import { TextLink } from "@/components/ui/text-link";

type ContactCardProps = {
  contact: Contact;
  /** Below the card's details: where the contact comes from. */
  children?: ReactNode;
};

export function ContactCard({ contact, children }: ContactCardProps) {
  return (
    <div className="h-full rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <p className="text-xs font-semibold tracking-wider text-brand-700 uppercase dark:text-brand-300">
        {contact.role}
      </p>
      <p className="mt-1 font-semibold text-slate-900 dark:text-white">
        {contact.name}
      </p>
      {contact.organization && <Muted small>{contact.organization}</Muted>}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <Muted as="dt">Phone</Muted>
        <dd>
          <TextLink
            href={telHref(contact.phone)}
            className="whitespace-nowrap tabular-nums"
          >
            {contact.phone.display}
          </TextLink>
        </dd>
        <Muted as="dt">Email</Muted>
        <dd className="min-w-0 break-words">
          <TextLink href={`mailto:${contact.email}`}>{contact.email}</TextLink>
        </dd>
      </dl>
      {children}
    </div>
  );
}
