"use client";

import { SiteLink } from "@/components/ui/site-link";
import { usePathname } from "next/navigation";

type SectionLinkProps = { href: string; label: string };

/**
 * A main-navigation link that marks the section the reader is in, with
 * aria-current and a visible mark. It reads the path in the browser (and at
 * prerender), since the layout that holds the header is shared by all pages.
 */
export function SectionLink({ href, label }: SectionLinkProps) {
  const path = usePathname();
  const current = path === href || path.startsWith(`${href}/`);
  return (
    <SiteLink
      href={href}
      aria-current={current ? "page" : undefined}
      className="rounded-md px-1.5 py-2 sm:px-2.5 font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-950 aria-[current=page]:bg-slate-100 aria-[current=page]:text-slate-950 aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-8 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-white"
    >
      {label}
    </SiteLink>
  );
}
