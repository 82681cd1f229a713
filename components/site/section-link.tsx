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
      className="nav-link"
    >
      {label}
    </SiteLink>
  );
}
