"use client";

import { useSearchParams } from "next/navigation";
import {
  SearchResultItem,
  type PagefindResultData,
} from "@/components/search/search-result-item";
import { useEffect, useRef, useState } from "react";
import { headingStyle } from "@/components/ui/headings";
import { SEARCH_SCRIPT_PATH } from "@/lib/publish/search-files";

type PagefindResult = { id: string; data(): Promise<PagefindResultData> };
type Pagefind = {
  search(query: string): Promise<{ results: PagefindResult[] }>;
};

/**
 * Results shown at once. Pagefind fetches a result's page fragment when its
 * data is asked for: a common word matches hundreds of pages of a large
 * archive, and fetching them all before showing the first cost a reader
 * hundreds of requests.
 */
const RESULTS_PER_PAGE = 10;

const dataOf = (results: readonly PagefindResult[]) =>
  Promise.all(results.map((result) => result.data()));

let pagefind: Promise<Pagefind> | undefined;

/** The index and its code are static files written at build time (scripts/prepare-content.ts). */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ SEARCH_SCRIPT_PATH
  ) as Promise<Pagefind>;
  return pagefind;
}

type Outcome =
  | {
      query: string;
      /** Every match, best first; only the shown ones' data is fetched. */
      found: readonly PagefindResult[];
      shown: readonly PagefindResultData[];
    }
  | { query: string; error: string };

/** Results for the `q` of the URL; `inputId` is the page's search box, filled in with the query. */
export function SearchResults({ inputId }: { inputId: string }) {
  const query = (useSearchParams().get("q") ?? "").trim();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const firstOfMore = useRef<HTMLAnchorElement>(null);
  const [moreAt, setMoreAt] = useState<number | undefined>();

  useEffect(() => {
    // Keyboard and screen-reader users land on the first result just shown.
    if (moreAt !== undefined) firstOfMore.current?.focus();
  }, [moreAt]);

  useEffect(() => {
    // The page is static, so its form cannot be prefilled on the server.
    const input = document.querySelector<HTMLInputElement>(`#${inputId}`);
    if (input && input.value === "") input.value = query;
  }, [inputId, query]);

  useEffect(() => {
    if (query === "") return;
    let current = true;
    loadPagefind()
      .then((search) => search.search(query))
      .then(async ({ results: found }) => ({
        found,
        shown: await dataOf(found.slice(0, RESULTS_PER_PAGE)),
      }))
      .then(
        ({ found, shown }) => current && setOutcome({ query, found, shown }),
      )
      .catch(
        () =>
          current &&
          setOutcome({ query, error: "Search is not available right now." }),
      );
    return () => {
      current = false;
    };
  }, [query]);

  if (query === "") return null;
  if (outcome?.query !== query)
    return <p role="status">Searching for “{query}”…</p>;
  if ("error" in outcome) return <p role="status">{outcome.error}</p>;
  const { found, shown } = outcome;
  const showMore = () =>
    dataOf(found.slice(shown.length, shown.length + RESULTS_PER_PAGE))
      .then((more) => {
        setOutcome({ query, found, shown: [...shown, ...more] });
        setMoreAt(shown.length);
      })
      .catch(() =>
        setOutcome({ query, error: "Search is not available right now." }),
      );
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className={`mb-4 ${headingStyle[2]}`}>
        Results
      </h2>
      <p role="status" className="mb-6 text-slate-700 dark:text-slate-300">
        {found.length === 0
          ? `Nothing matches “${query}”.`
          : `${found.length} ${found.length === 1 ? "result matches" : "results match"} “${query}”.`}
      </p>
      <ol className="space-y-6">
        {shown.map((result, index) => (
          <SearchResultItem
            key={result.url}
            result={result}
            linkRef={index === moreAt ? firstOfMore : undefined}
          />
        ))}
      </ol>
      {shown.length < found.length && (
        <button
          type="button"
          onClick={showMore}
          className="button-primary mt-8"
        >
          {found.length - shown.length <= RESULTS_PER_PAGE
            ? `Show the last ${found.length - shown.length}`
            : `Show ${RESULTS_PER_PAGE} more of ${found.length - shown.length}`}
        </button>
      )}
    </section>
  );
}
