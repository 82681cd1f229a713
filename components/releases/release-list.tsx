import { SiteLink } from "@/components/ui/site-link";
import type { Release } from "@/lib/content";
import { CalendarDateTime } from "@/components/ui/calendar-date-time";
import { routes } from "@/lib/site/routes";
import { headingStyle } from "@/components/ui/headings";

type ReleaseListProps = {
  releases: readonly Release[];
  showSummaries?: boolean;
};

/** Releases as a list of dated headlines, in the order given. */
export function ReleaseList({
  releases,
  showSummaries = true,
}: ReleaseListProps) {
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800">
      {releases.map((release) => (
        <li key={release.slug} className="py-5 first:pt-0 last:pb-0">
          <article className="grid gap-1 sm:grid-cols-[10rem_1fr] sm:gap-6">
            <CalendarDateTime
              date={release.date}
              className="text-sm font-medium text-slate-600 tabular-nums sm:pt-0.5 dark:text-slate-400"
            />
            <div>
              <h3 className={headingStyle[3]}>
                <SiteLink
                  href={routes.release(release.slug)}
                  className="hover:text-brand-700 hover:underline dark:hover:text-brand-300"
                >
                  {release.headline}
                </SiteLink>
              </h3>
              {showSummaries && (
                <p className="mt-1.5 text-slate-700 dark:text-slate-300">
                  {release.summary}
                </p>
              )}
            </div>
          </article>
        </li>
      ))}
    </ol>
  );
}
