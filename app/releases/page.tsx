import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { ReleaseList } from "@/components/releases/release-list";
import { YearSections } from "@/components/ui/year-sections";
import { YearNav } from "@/components/ui/year-nav";
import { getReleasesByYear } from "@/lib/content";
import { latestPageBudget, latestYears } from "@/lib/site/archive";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

export const metadata: Metadata = pageMetadata({
  title: "Press releases",
  description:
    "The latest press releases, newest first, and every earlier year on a page of its own.",
  path: routes.releases,
});

export default function ReleasesPage() {
  const years = getReleasesByYear();
  return (
    <>
      <PageHeading title="Press releases">
        <p>
          Every release as issued on the wire, newest first: the latest here,
          each earlier year on a page of its own.
        </p>
      </PageHeading>
      <div className="mb-10">
        <YearNav
          label="Press releases by year"
          years={years.map(({ year }) => year)}
          yearHref={routes.releasesOfYear}
          latestHref={routes.releases}
          selected="latest"
        />
      </div>
      <YearSections years={latestYears(years, latestPageBudget.releases)}>
        {(releases) => <ReleaseList releases={releases} />}
      </YearSections>
    </>
  );
}
