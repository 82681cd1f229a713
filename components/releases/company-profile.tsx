import { SiteLink } from "@/components/ui/site-link";
import { Muted } from "@/components/ui/muted";
import type { CompanyProfile as Profile } from "@/lib/content";
import { CalendarDateTime } from "@/components/ui/calendar-date-time";
import { routes } from "@/lib/site/routes";
import { headingStyle } from "@/components/ui/headings";

type CompanyProfileProps = { profile: Profile };

/** The company description from a release's "About" section, with where it comes from. */
export function CompanyProfile({ profile }: CompanyProfileProps) {
  const { release } = profile;
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading" className={headingStyle[2]}>
        {profile.heading}
      </h2>
      <div
        className="prose mt-3 max-w-none prose-slate dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300"
        dangerouslySetInnerHTML={{ __html: profile.html }}
      />
      <Muted small className="mt-3">
        From the release of{" "}
        <SiteLink
          href={routes.release(release.slug)}
          className="underline underline-offset-2 hover:text-slate-900 dark:hover:text-white"
        >
          <CalendarDateTime date={release.date} />
        </SiteLink>
        .
      </Muted>
    </section>
  );
}
