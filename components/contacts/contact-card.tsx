import type { Contact } from "@/lib/content";
import { telHref } from "@/lib/text/phone";
import { TextLink } from "@/components/ui/text-link";

type ContactCardProps = { contact: Contact };

export function ContactCard({ contact }: ContactCardProps) {
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <p className="text-xs font-semibold tracking-wider text-brand-700 uppercase dark:text-brand-300">
        {contact.role}
      </p>
      <p className="mt-1 font-semibold text-slate-900 dark:text-white">
        {contact.name}
      </p>
      {contact.organization && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {contact.organization}
        </p>
      )}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">Phone</dt>
        <dd>
          <TextLink href={telHref(contact.phone)} className="tabular-nums">
            {contact.phone.text}
          </TextLink>
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Email</dt>
        <dd className="min-w-0 break-words">
          <TextLink href={`mailto:${contact.email}`}>{contact.email}</TextLink>
        </dd>
      </dl>
    </div>
  );
}
