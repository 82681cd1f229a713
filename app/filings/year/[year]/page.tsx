import { notFound } from "next/navigation";
import { FilingsView } from "@/components/filings/filings-view";
import { PageHeading } from "@/components/ui/page-heading";
import { getFilingsByYear } from "@/lib/content";
import { yearRoute, type YearPageProps } from "@/lib/publish/year-route";
import { routes } from "@/lib/site/routes";

export const dynamicParams = false;

const route = yearRoute(getFilingsByYear, (group) => ({
  title: `SEC filings of ${group.year}`,
  description: `The SEC filings of ${group.year} that our press releases name or were filed with, each linked on SEC EDGAR.`,
  path: routes.filingsOfYear(group.year),
}));

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function FilingsOfYearPage({ params }: YearPageProps) {
  const group = await route.yearOf(params);
  if (!group) notFound();
  return (
    <>
      <PageHeading title={`SEC filings of ${group.year}`} />
      <FilingsView
        years={getFilingsByYear().map(({ year }) => year)}
        selected={group.year}
        shown={[group]}
      />
    </>
  );
}
