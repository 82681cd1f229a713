import type { ReactNode } from "react";

/**
 * The site's one style per heading level, on every page. An h3 heads each
 * line of a long list, so its style is named once (app/globals.css).
 */
export const headingStyle = {
  1: "font-serif text-2xl leading-tight font-semibold tracking-tight text-balance text-slate-950 sm:text-4xl dark:text-white",
  2: "font-serif text-2xl font-semibold text-slate-900 dark:text-white",
  3: "heading-3",
} as const;

/** A section of a detail page (call, release): "When", "Replay", "Contacts". */
export function SectionHeading({
  id,
  children,
}: {
  id: string;
  children: ReactNode;
}) {
  return (
    <h2 id={id} className={headingStyle[2]}>
      {children}
    </h2>
  );
}

export function Subheading({ children }: { children: ReactNode }) {
  return <h3 className={`mt-6 mb-2 ${headingStyle[3]}`}>{children}</h3>;
}
