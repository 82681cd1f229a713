import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { ReleaseList } from "@/components/releases/release-list";
import { YearSections } from "@/components/ui/year-sections";
import { YearNav } from "@/components/ui/year-nav";
import { getReleasesByYear } from "@/lib/content";
import { yearRoute, type YearPageProps } from "@/lib/publish/year-route";
import { routes } from "@/lib/site/routes";

export const dynamicParams = false;

const route = yearRoute(getReleasesByYear, (group) => ({
  title: `Press releases from ${group.year}`,
  description: `The ${group.items.length} press releases issued in ${group.year}, newest first.`,
  path: routes.releasesOfYear(group.year),
}));

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function ReleasesOfYearPage({ params }: YearPageProps) {
  const group = await route.yearOf(params);
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
      <YearSections years={[group]}>
        {(releases) => <ReleaseList releases={releases} />}
      </YearSections>
    </>
  );
}
