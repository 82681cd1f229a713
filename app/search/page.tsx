import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

export const metadata: Metadata = pageMetadata({
  title: "Search",
  description:
    "Search the full text of every press release, conference call and timeline entry.",
  path: routes.search,
});

const INPUT_ID = "search-page-query";

export default function SearchPage() {
  return (
    <>
      <PageHeading title="Search" />
      <div className="mb-8">
        <SearchForm id={INPUT_ID} />
      </div>
      <p className="mb-8 max-w-prose text-slate-700 dark:text-slate-300">
        Search runs in your browser and needs JavaScript. You can also browse
        every release on{" "}
        <Link
          href={routes.releases}
          className="text-brand-700 underline dark:text-brand-300"
        >
          Press releases
        </Link>{" "}
        and every dated event on the{" "}
        <Link
          href={routes.timeline}
          className="text-brand-700 underline dark:text-brand-300"
        >
          Timeline
        </Link>
        .
      </p>
      <Suspense fallback={null}>
        <SearchResults inputId={INPUT_ID} />
      </Suspense>
    </>
  );
}
