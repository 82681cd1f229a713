import type { DialIn } from "@/lib/content";
import { Muted } from "@/components/ui/muted";
import { telHref } from "@/lib/text/phone";
import { TextLink } from "@/components/ui/text-link";

type DialInListProps = { numbers: readonly DialIn[] };

export function DialInList({ numbers }: DialInListProps) {
  return (
    <ul className="space-y-1.5">
      {numbers.map((number) => (
        <li key={number.e164} className="flex flex-wrap items-baseline gap-x-3">
          <Muted as="span" small className="w-24 shrink-0">
            {number.label}
          </Muted>
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
