import { TextLink } from "@/components/ui/text-link";
import { headingStyle } from "@/components/ui/headings";

type SectionHeaderProps = {
  id: string;
  title: string;
  more: { href: string; label: string };
};

/** A home-page section's heading, with a link to the full list it samples. */
export function SectionHeader({ id, title, more }: SectionHeaderProps) {
  return (
    <div className="mb-5 flex items-baseline justify-between gap-4 border-b border-slate-200 pb-2 dark:border-slate-800">
      <h2 id={id} className={headingStyle[2]}>
        {title}
      </h2>
      <TextLink href={more.href} className="text-sm font-medium">
        {more.label}
      </TextLink>
    </div>
  );
}
