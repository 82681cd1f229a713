"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

type ExceptOnPageProps = { path: string; children: ReactNode };

/**
 * Shows its children on every page but the one at `path`. It reads the path
 * in the browser (and at prerender, so the served HTML leaves them out too),
 * since the layout that holds the header is shared by all pages.
 */
export function ExceptOnPage({ path, children }: ExceptOnPageProps) {
  return usePathname() === path ? null : children;
}
