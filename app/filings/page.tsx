import type { Metadata } from "next";
import { FilingList } from "@/components/filings/filing-list";
import { Muted } from "@/components/ui/muted";
import { PageHeading } from "@/components/ui/page-heading";
import { getFilings } from "@/lib/content";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

export const metadata: Metadata = pageMetadata({
  title: "SEC filings",
  description:
    "The SEC filings our press releases name or were filed with, newest first, each linked on SEC EDGAR.",
  path: routes.filings,
});

export default function FilingsPage() {
  return (
    <>
      <PageHeading title="SEC filings">
        <p>
          The filings our press releases name or were filed with, newest first,
          each linked on SEC EDGAR.
        </p>
      </PageHeading>
      <FilingList filings={getFilings()} />
      <Muted small className="mt-6 max-w-prose">
        Dates are as the releases give them: a report by the date its release
        states, a Form 8-K by its date of report, the day of the release it
        carries. A filing still ahead when a release named it is shown as
        expected, as of that release.
      </Muted>
    </>
  );
}
