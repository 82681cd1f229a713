import type { Metadata } from "next";
import { FilingsView } from "@/components/filings/filings-view";
import { PageHeading } from "@/components/ui/page-heading";
import { getFilingsByYear } from "@/lib/content";
import { latestPageBudget, latestYears } from "@/lib/site/archive";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

export const metadata: Metadata = pageMetadata({
  title: "SEC filings",
  description:
    "The SEC filings our press releases name or were filed with, newest first, each linked on SEC EDGAR.",
  path: routes.filings,
});

export default function FilingsPage() {
  const years = getFilingsByYear();
  return (
    <>
      <PageHeading title="SEC filings">
        <p>
          The filings our press releases name or were filed with, newest first,
          each linked on SEC EDGAR: the latest here, each earlier year on a page
          of its own.
        </p>
      </PageHeading>
      <FilingsView
        years={years.map(({ year }) => year)}
        selected="latest"
        shown={latestYears(years, latestPageBudget.filings)}
      />
    </>
  );
}
