"use client";

import { useEffect, useState } from "react";
import { useHydrated } from "@/components/ui/use-reader-clock";

type CopyButtonProps = { value: string; label: string };

type Outcome = "copied" | "failed";

/** What the button reads, at rest and for a moment after a click. */
const words = { idle: "Copy", copied: "Copied", failed: "Failed" } as const;

/** How long the button shows what happened before it reads "Copy" again. */
const SHOWN_FOR_MS = 2_500;

/**
 * Copies a code to the clipboard and says so: on the button for a moment,
 * and to screen readers. Invisible until React runs, as it needs JavaScript,
 * but taking its room from the first paint, as wide as its widest word, so
 * that nothing moves when it appears or changes.
 */
export function CopyButton({ value, label }: CopyButtonProps) {
  const hydrated = useHydrated();
  const [message, setMessage] = useState("");
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  useEffect(() => {
    if (outcome === undefined) return;
    const timer = setTimeout(() => setOutcome(undefined), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  async function copy() {
    // Emptied first, so that copying twice is announced twice.
    setMessage("");
    let result: string;
    try {
      await navigator.clipboard.writeText(value);
      setOutcome("copied");
      result = `Copied ${label} ${value}`;
    } catch {
      setOutcome("failed");
      result = `Could not copy; select ${value} and copy it`;
    }
    setTimeout(() => setMessage(result), 50);
  }

  const shown = words[outcome ?? "idle"];
  return (
    <>
      <button
        type="button"
        onClick={copy}
        className={`${hydrated ? "" : "invisible "}rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700 dark:border-slate-600 dark:text-slate-200 dark:hover:border-brand-300 dark:hover:text-brand-300`}
      >
        {/* Every word in one grid cell, the others hidden: the button keeps the widest one's width. */}
        <span aria-hidden="true" className="grid">
          {Object.values(words).map((word) => (
            <span
              key={word}
              className={`col-start-1 row-start-1 ${word === shown ? "" : "invisible"}`}
            >
              {word}
            </span>
          ))}
        </span>
        <span className="sr-only">
          Copy {label} {value}
        </span>
      </button>
      <span role="status" className="sr-only">
        {message}
      </span>
    </>
  );
}
