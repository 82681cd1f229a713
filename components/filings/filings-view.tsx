import type { Filing, YearOf } from "@/lib/content";
import { FilingList } from "@/components/filings/filing-list";
import { YearSections } from "@/components/ui/year-sections";
import { Muted } from "@/components/ui/muted";
import { YearNav } from "@/components/ui/year-nav";
import { routes } from "@/lib/site/routes";

type FilingsViewProps = {
  /** Every year that has a filing, newest first. */
  years: readonly number[];
  selected: number | "latest";
  shown: readonly YearOf<Filing>[];
};

/** The filings of the years on show, with the way to every other year. */
export function FilingsView({ years, selected, shown }: FilingsViewProps) {
  return (
    <>
      <div className="mb-10">
        <YearNav
          label="SEC filings by year"
          years={years}
          yearHref={routes.filingsOfYear}
          latestHref={routes.filings}
          selected={selected}
        />
      </div>
      <YearSections years={shown}>
        {(filings) => <FilingList filings={filings} />}
      </YearSections>
      <Muted small className="mt-6 max-w-prose">
        Dates are as the releases give them: a report by the date its release
        states, a Form 8-K by its date of report, the day of the release it
        carries. A filing still ahead when a release named it is shown as
        expected, as of that release.
      </Muted>
    </>
  );
}
