import type { DialIn } from "@/lib/content";
import { telHref } from "@/lib/text/phone";
import { TextLink } from "@/components/ui/text-link";

type DialInListProps = { numbers: readonly DialIn[] };

export function DialInList({ numbers }: DialInListProps) {
  return (
    <ul className="space-y-1.5">
      {numbers.map((number) => (
        <li key={number.e164} className="flex flex-wrap items-baseline gap-x-3">
          <span className="w-24 shrink-0 text-sm text-slate-600 dark:text-slate-400">
            {number.label}
          </span>
          <TextLink
            href={telHref(number)}
            className="font-mono text-lg font-medium tabular-nums"
          >
            {number.international}
          </TextLink>
        </li>
      ))}
    </ul>
  );
}
