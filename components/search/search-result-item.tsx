import type { ReactNode, Ref } from "react";
import { headingStyle } from "@/components/ui/headings";
import { Muted } from "@/components/ui/muted";

/** Metadata the index gives each page (lib/publish/search-documents.ts): a timeline entry has a label, not a title. */
export type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: { title?: string; label?: string; date?: string; kind?: string };
};

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

type SearchResultItemProps = {
  result: PagefindResultData;
  /** Set on the first result of those just shown, to move focus there. */
  linkRef: Ref<HTMLAnchorElement> | undefined;
};

/** One result: what it is, its kind and date, and the words it matched. */
export function SearchResultItem({ result, linkRef }: SearchResultItemProps) {
  return (
    <li>
      <h3 className={headingStyle[3]}>
        <a
          ref={linkRef}
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
  );
}
