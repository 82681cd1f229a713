import type { ReactNode } from "react";

type MutedProps = {
  children: ReactNode;
  /** The element it is: a paragraph by default, a span inside a line, a term or an item of a list. */
  as?: "p" | "span" | "dt" | "li";
  /** The small size of notes and meta lines. */
  small?: boolean;
  className?: string;
};

/** Secondary text: notes, meta lines and labels, in the one muted colour of both schemes. */
export function Muted({
  children,
  as: Element = "p",
  small = false,
  className,
}: MutedProps) {
  const classes = [className, small && "text-sm", "muted"].filter(Boolean);
  return <Element className={classes.join(" ")}>{children}</Element>;
}
