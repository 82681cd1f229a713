import type { ReactNode } from "react";

/** A section of a detail page (call, release): "When", "Replay", "Contacts". */
export function SectionHeading({
  id,
  children,
}: {
  id: string;
  children: ReactNode;
}) {
  return (
    <h2
      id={id}
      className="font-serif text-2xl font-semibold text-slate-900 dark:text-white"
    >
      {children}
    </h2>
  );
}

export function Subheading({ children }: { children: ReactNode }) {
  return (
    <h3 className="mt-6 mb-2 text-lg font-semibold text-slate-900 dark:text-white">
      {children}
    </h3>
  );
}
