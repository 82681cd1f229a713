import { SiteLink } from "@/components/ui/site-link";
import { Muted } from "@/components/ui/muted";
import { getLatestRelease } from "@/lib/content";
import { siteSections } from "@/lib/site/navigation";
import { SearchForm } from "@/components/search/search-form";
import { ExceptOnPage } from "@/components/site/except-on-page";
import { SectionLink } from "@/components/site/section-link";
import { site } from "@/lib/site/config";
import { routes } from "@/lib/site/routes";

export function SiteHeader() {
  const { listing } = getLatestRelease();
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-3 px-4 py-4 sm:px-6">
        <SiteLink
          href={routes.home}
          className="group flex items-center gap-3 rounded-sm"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 32 32"
            className="size-9 shrink-0"
          >
            <rect
              width="32"
              height="32"
              rx="6"
              className="fill-brand-800 dark:fill-brand-600"
            />
            <text
              x="16"
              y="23"
              textAnchor="middle"
              className="fill-white font-sans text-[19px] font-bold"
            >
              S
            </text>
          </svg>
          <span className="leading-tight">
            <span className="block font-semibold tracking-tight text-slate-900 group-hover:text-brand-700 dark:text-white dark:group-hover:text-brand-300">
              {site.company}
            </span>
            <Muted as="span" small className="block">
              Investor Relations ·{" "}
              <span className="whitespace-nowrap">
                {listing.exchange}: {listing.ticker}
              </span>
            </Muted>
          </span>
        </SiteLink>
        <nav
          aria-label="Main"
          className="grid w-full grid-cols-3 text-sm sm:flex sm:w-auto sm:flex-wrap sm:items-center sm:gap-1"
        >
          {siteSections(process.env).map(({ href, shortLabel }) => (
            <SectionLink key={href} href={href} label={shortLabel} />
          ))}
        </nav>
        {/* The search page's own box is the one there. */}
        <ExceptOnPage path={routes.search}>
          <SearchForm id="site-search" compact />
        </ExceptOnPage>
      </div>
    </header>
  );
}
