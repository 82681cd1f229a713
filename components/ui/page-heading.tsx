import type { ReactNode } from "react";
import { headingStyle } from "@/components/ui/headings";

type PageHeadingProps = { title: string; children?: ReactNode };

/** The page's one h1, with an optional lead paragraph. */
export function PageHeading({ title, children }: PageHeadingProps) {
  return (
    <div className="mb-8">
      <h1 className={headingStyle[1]}>{title}</h1>
      {children && (
        <div className="mt-3 max-w-prose text-lg text-slate-700 dark:text-slate-300">
          {children}
        </div>
      )}
    </div>
  );
}
