"use client";

import { useSearchParams } from "next/navigation";
import { Muted } from "@/components/ui/muted";
import { useEffect, useState, type ReactNode } from "react";
import { headingStyle } from "@/components/ui/headings";

/** Metadata the index gives each page (lib/publish/search-documents.ts): a timeline entry has a label, not a title. */
type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: { title?: string; label?: string; date?: string; kind?: string };
};
type Pagefind = {
  search(query: string): Promise<{
    results: { id: string; data(): Promise<PagefindResultData> }[];
  }>;
};

const PAGEFIND_URL = "/pagefind/pagefind.js";
let pagefind: Promise<Pagefind> | undefined;

/** The index and its code are static files written at build time (scripts/build-search-index.ts). */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL
  ) as Promise<Pagefind>;
  return pagefind;
}

/** Pagefind's excerpt is HTML with <mark> around the matched words; only the text and those marks are kept. */
function highlightedExcerpt(html: string): ReactNode[] {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return [...body.childNodes].map((node, index) =>
    node.nodeName === "MARK" ? (
      <mark key={index}>{node.textContent}</mark>
    ) : (
      node.textContent
    ),
  );
}

type Outcome =
  | { query: string; results: PagefindResultData[] }
  | { query: string; error: string };

/** Results for the `q` of the URL; `inputId` is the page's search box, filled in with the query. */
export function SearchResults({ inputId }: { inputId: string }) {
  const query = (useSearchParams().get("q") ?? "").trim();
  const [outcome, setOutcome] = useState<Outcome | undefined>();

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
      .then((found) =>
        Promise.all(found.results.map((result) => result.data())),
      )
      .then((results) => current && setOutcome({ query, results }))
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
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className={`mb-4 ${headingStyle[2]}`}>
        Results
      </h2>
      <p role="status" className="mb-6 text-slate-700 dark:text-slate-300">
        {outcome.results.length === 0
          ? `Nothing matches “${query}”.`
          : `${outcome.results.length} ${outcome.results.length === 1 ? "result matches" : "results match"} “${query}”.`}
      </p>
      <ol className="space-y-6">
        {outcome.results.map((result) => (
          <li key={result.url}>
            <h3 className={headingStyle[3]}>
              <a
                href={result.url}
                className="text-brand-700 hover:underline dark:text-brand-300"
              >
                {result.meta.title ?? result.meta.label}
              </a>
            </h3>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 text-sm">
              <span data-result-kind className="tag">
                {result.meta.kind}
              </span>
              {result.meta.date && <Muted as="span">{result.meta.date}</Muted>}
            </p>
            <p className="mt-1 text-slate-700 dark:text-slate-300 [&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:px-0.5 [&_mark]:text-slate-950">
              {highlightedExcerpt(result.excerpt)}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
