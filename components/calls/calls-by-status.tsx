"use client";

import type { ReactNode } from "react";
import { useReaderClock } from "@/components/ui/use-reader-clock";
import { headingStyle } from "@/components/ui/headings";

export type CallListItem = {
  slug: string;
  startsAt: number;
  endsAt: number;
  card: ReactNode;
};

type CallsByStatusProps = {
  /** Latest first. */
  items: readonly CallListItem[];
  builtAt: number;
};

const heading = `mb-4 ${headingStyle[2]}`;

/** Calls split into upcoming and past by the reader's clock (by the build's without JavaScript). */
export function CallsByStatus({ items, builtAt }: CallsByStatusProps) {
  const now = useReaderClock() ?? builtAt;
  const upcoming = items.filter((item) => item.endsAt > now).reverse();
  const past = items.filter((item) => item.endsAt <= now);
  return (
    <div className="space-y-12">
      <section aria-labelledby="upcoming-calls">
        <h2 id="upcoming-calls" className={heading}>
          Upcoming and live
        </h2>
        {upcoming.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">
            No upcoming call has been announced.
          </p>
        ) : (
          <CallGrid items={upcoming} />
        )}
      </section>
      <section aria-labelledby="past-calls">
        <h2 id="past-calls" className={heading}>
          Past calls
        </h2>
        {past.length === 0 ? <p>None yet.</p> : <CallGrid items={past} />}
      </section>
    </div>
  );
}

function CallGrid({ items }: { items: readonly CallListItem[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {items.map((item) => (
        <li key={item.slug}>{item.card}</li>
      ))}
    </ul>
  );
}
