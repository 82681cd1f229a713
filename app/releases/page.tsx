import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { ReleasesByYear } from "@/components/releases/releases-by-year";
import { YearFilter } from "@/components/releases/year-filter";
import { getReleasesByYear } from "@/lib/content";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

export const metadata: Metadata = pageMetadata({
  title: "Press releases",
  description: "Every press release, newest first, grouped by year.",
  path: routes.releases,
});

export default function ReleasesPage() {
  const groups = getReleasesByYear();
  return (
    <>
      <PageHeading title="Press releases">
        <p>Every release as issued on the wire, newest first.</p>
      </PageHeading>
      <div className="mb-10">
        <YearFilter
          years={groups.map(({ year }) => year)}
          selected={undefined}
        />
      </div>
      <ReleasesByYear groups={groups} />
    </>
  );
}
