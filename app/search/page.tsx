import type { Metadata } from "next";
import { Suspense } from "react";
import { preloadModule } from "react-dom";
import { PageHeading } from "@/components/ui/page-heading";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { SearchWarmUp } from "@/components/search/search-warm-up";
import { WithoutJavaScript } from "@/components/search/without-javascript";
import { pageMetadata } from "@/lib/publish/metadata";
import { SEARCH_SCRIPT_PATH } from "@/lib/publish/search-files";
import { routes } from "@/lib/site/routes";

export const metadata: Metadata = pageMetadata({
  title: "Search",
  description:
    "Search the full text of every press release, conference call and timeline entry.",
  path: routes.search,
});

const INPUT_ID = "search-page-query";

export default function SearchPage() {
  // The search's code starts loading with the page, not once it has hydrated.
  // (Its WebAssembly is fetched by its worker, which a preload cannot serve.)
  preloadModule(SEARCH_SCRIPT_PATH, { as: "script" });
  return (
    <>
      <PageHeading title="Search" />
      <div className="mb-8">
        <SearchForm id={INPUT_ID} />
      </div>
      <WithoutJavaScript />
      <SearchWarmUp />
      <Suspense fallback={null}>
        <SearchResults inputId={INPUT_ID} />
      </Suspense>
    </>
  );
}
