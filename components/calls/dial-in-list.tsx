import type { DialIn } from "@/lib/content";
import { Muted } from "@/components/ui/muted";
import { telHref } from "@/lib/text/phone";
import { TextLink } from "@/components/ui/text-link";

/**
 * When a number is a `tel:` link: the live line while the call is ahead or
 * on, a replay line while that replay runs. Otherwise it is plain text, and
 * muted once its line has closed: a closed line may belong to someone else
 * today. Switched by the phase of the enclosing PhaseScope, with CSS.
 */
const linkedWhile = {
  call: {
    link: "group-data-[phase=ended]/call:hidden group-data-[phase=replay]/call:hidden",
    text: "hidden group-data-[phase=ended]/call:inline group-data-[phase=replay]/call:inline muted",
  },
  replay: {
    link: "hidden group-data-[phase=available]/replay:inline",
    text: "group-data-[phase=available]/replay:hidden group-data-[phase=ended]/replay:text-slate-600 dark:group-data-[phase=ended]/replay:text-slate-400",
  },
} as const;

type DialInListProps = {
  numbers: readonly DialIn[];
  line: keyof typeof linkedWhile;
};

/**
 * Numbers to dial with their labels, in the site's one format for numbers.
 * Each line is text in the number's size, so the label sits on the line's own
 * baseline: a first paint that has the label but not yet the number lays it
 * out where it stays (a flex row would move it when the number arrives).
 */
export function DialInList({ numbers, line }: DialInListProps) {
  const { link, text } = linkedWhile[line];
  return (
    <ul className="space-y-1.5">
      {numbers.map((number) => (
        <li key={number.e164} className="text-lg">
          <Muted as="span" small className="mr-3 inline-block w-24">
            {number.label}
          </Muted>
          <span className="font-medium whitespace-nowrap tabular-nums">
            <TextLink href={telHref(number)} className={link}>
              {number.display}
            </TextLink>
            <span className={text}>{number.display}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
