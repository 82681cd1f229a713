"use client";

import { useHydrated } from "@/components/ui/use-reader-clock";

type PrintButtonProps = {
  /** What the button prints, for screen readers. */
  label: string;
};

/**
 * Prints the page with its print styles: the release alone, without the site
 * around it. Shown only once the script runs: without it the button could
 * not print.
 */
export function PrintButton({ label }: PrintButtonProps) {
  if (!useHydrated()) return null;
  return (
    <button
      type="button"
      aria-label={label}
      onClick={() => window.print()}
      className="link cursor-pointer"
    >
      Print this release
    </button>
  );
}
