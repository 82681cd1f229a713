import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilingsView } from "@/components/filings/filings-view";
import { PageHeading } from "@/components/ui/page-heading";
import { getFilingsByYear } from "@/lib/content";
import { pageMetadata } from "@/lib/publish/metadata";
import { findYear, yearParams } from "@/lib/site/archive";
import { routes } from "@/lib/site/routes";

type YearPageProps = { params: Promise<{ year: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return yearParams(getFilingsByYear());
}

async function yearOf(params: YearPageProps["params"]) {
  return findYear(getFilingsByYear(), (await params).year);
}

export async function generateMetadata({
  params,
}: YearPageProps): Promise<Metadata> {
  const group = await yearOf(params);
  if (!group) return {};
  return pageMetadata({
    title: `SEC filings of ${group.year}`,
    description: `The SEC filings of ${group.year} that our press releases name or were filed with, each linked on SEC EDGAR.`,
    path: routes.filingsOfYear(group.year),
  });
}

export default async function FilingsOfYearPage({ params }: YearPageProps) {
  const group = await yearOf(params);
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
