import { SiteLink } from "@/components/ui/site-link";
import type { Release } from "@/lib/content";
import { CalendarDateTime } from "@/components/ui/calendar-date-time";
import { headingStyle } from "@/components/ui/headings";
import { routes } from "@/lib/site/routes";

type ReleaseListProps = {
  releases: readonly Release[];
  showSummaries?: boolean;
};

/**
 * Releases as a list of dated headlines, in the order given. A year's page
 * lists a hundred of them, so each line carries only its named classes
 * (app/globals.css), in its HTML and again in its RSC payload.
 */
export function ReleaseList({
  releases,
  showSummaries = true,
}: ReleaseListProps) {
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800">
      {releases.map((release) => (
        <li key={release.slug} className="release-item">
          <CalendarDateTime date={release.date} className="release-date" />
          <h3 className={headingStyle[3]}>
            <SiteLink href={routes.release(release.slug)}>
              {release.headline}
            </SiteLink>
          </h3>
          {showSummaries && (
            <p className="release-summary">{release.summary}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
