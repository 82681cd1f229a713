"use client";

import { useState } from "react";
import { useHydrated } from "@/components/ui/use-reader-clock";

type CopyButtonProps = { value: string; label: string };

/**
 * Copies a code to the clipboard and says so to screen readers. Invisible
 * until React runs, as it needs JavaScript, but taking its room from the first
 * paint, so that nothing moves when it appears.
 */
export function CopyButton({ value, label }: CopyButtonProps) {
  const hydrated = useHydrated();
  const [message, setMessage] = useState("");

  async function copy() {
    // Emptied first, so that copying twice is announced twice.
    setMessage("");
    let result: string;
    try {
      await navigator.clipboard.writeText(value);
      result = `Copied ${label} ${value}`;
    } catch {
      result = `Could not copy; select ${value} and copy it`;
    }
    setTimeout(() => setMessage(result), 50);
  }

  return (
    <>
      <button
        type="button"
        onClick={copy}
        className={`${hydrated ? "" : "invisible "}rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700 dark:border-slate-600 dark:text-slate-200 dark:hover:border-brand-300 dark:hover:text-brand-300`}
      >
        Copy
        <span className="sr-only">
          {" "}
          {label} {value}
        </span>
      </button>
      <span role="status" className="sr-only">
        {message}
      </span>
    </>
  );
}
