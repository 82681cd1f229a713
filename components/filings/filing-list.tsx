import type { Filing } from "@/lib/content";
import { ExhibitFilingItem } from "@/components/filings/exhibit-filing-item";
import { NamedFilingItem } from "@/components/filings/named-filing-item";

type FilingListProps = { filings: readonly Filing[] };

/** The filings in the order given (newest first), one line each. */
export function FilingList({ filings }: FilingListProps) {
  return (
    <ol className="divide-y divide-slate-200 border-b border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {filings.map((filing) =>
        filing.basis === "named" ? (
          <NamedFilingItem key={filing.id} filing={filing} />
        ) : (
          <ExhibitFilingItem key={filing.id} filing={filing} />
        ),
      )}
    </ol>
  );
}
