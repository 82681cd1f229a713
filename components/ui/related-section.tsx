import type { ReactNode } from "react";
import { headingStyle } from "@/components/ui/headings";

type RelatedSectionProps = { id: string; heading: string; children: ReactNode };

/** A section of the material beside a release or a call: contacts, documents, the timeline. */
export function RelatedSection({ id, heading, children }: RelatedSectionProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={`mb-3 ${headingStyle[2]}`}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
