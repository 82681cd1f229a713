import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { ReleasesByYear } from "@/components/releases/releases-by-year";
import { YearFilter } from "@/components/releases/year-filter";
import { getReleasesByYear } from "@/lib/content";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

type YearPageProps = { params: Promise<{ year: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getReleasesByYear().map(({ year }) => ({ year: String(year) }));
}

export async function generateMetadata({
  params,
}: YearPageProps): Promise<Metadata> {
  const { year } = await params;
  return pageMetadata({
    title: `Press releases from ${year}`,
    description: `Press releases issued in ${year}.`,
    path: routes.releasesOfYear(year),
  });
}

export default async function ReleasesOfYearPage({ params }: YearPageProps) {
  const { year } = await params;
  const groups = getReleasesByYear();
  const group = groups.find((candidate) => String(candidate.year) === year);
  if (!group) notFound();
  return (
    <>
      <PageHeading title={`Press releases from ${year}`} />
      <div className="mb-10">
        <YearFilter
          years={groups.map((candidate) => candidate.year)}
          selected={group.year}
        />
      </div>
      <ReleasesByYear groups={[group]} />
    </>
  );
}
