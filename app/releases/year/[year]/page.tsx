import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { ReleasesByYear } from "@/components/releases/releases-by-year";
import { YearNav } from "@/components/ui/year-nav";
import { getReleasesByYear } from "@/lib/content";
import { pageMetadata } from "@/lib/publish/metadata";
import { findYear, yearParams } from "@/lib/site/archive";
import { routes } from "@/lib/site/routes";

type YearPageProps = { params: Promise<{ year: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return yearParams(getReleasesByYear());
}

async function yearOf(params: YearPageProps["params"]) {
  return findYear(getReleasesByYear(), (await params).year);
}

export async function generateMetadata({
  params,
}: YearPageProps): Promise<Metadata> {
  const group = await yearOf(params);
  if (!group) return {};
  return pageMetadata({
    title: `Press releases from ${group.year}`,
    description: `The ${group.items.length} press releases issued in ${group.year}, newest first.`,
    path: routes.releasesOfYear(group.year),
  });
}

export default async function ReleasesOfYearPage({ params }: YearPageProps) {
  const group = await yearOf(params);
  if (!group) notFound();
  return (
    <>
      <PageHeading title={`Press releases from ${group.year}`} />
      <div className="mb-10">
        <YearNav
          label="Press releases by year"
          years={getReleasesByYear().map(({ year }) => year)}
          yearHref={routes.releasesOfYear}
          latestHref={routes.releases}
          selected={group.year}
        />
      </div>
      <ReleasesByYear groups={[group]} />
    </>
  );
}
