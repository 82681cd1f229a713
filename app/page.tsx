import type { Metadata } from "next";
import { Muted } from "@/components/ui/muted";
import { SiteLink } from "@/components/ui/site-link";
import { CalendarDateTime } from "@/components/ui/calendar-date-time";
import { CallCard } from "@/components/calls/call-card";
import { CallLead } from "@/components/calls/call-lead";
import { PhaseScope } from "@/components/ui/phase-scope";
import {
  featuredCandidates,
  featuredSchedule,
} from "@/lib/calls/featured-call";
import { builtAt } from "@/lib/time/build-time";
import { callKindWords } from "@/lib/calls/call-kinds";
import { CompanyProfile } from "@/components/releases/company-profile";
import { ContactList } from "@/components/contacts/contact-list";
import { ReleaseList } from "@/components/releases/release-list";
import { SectionHeader } from "@/components/ui/section-header";
import {
  getCalls,
  getContactDirectory,
  getCompanyProfile,
  getLatestRelease,
  getReleases,
} from "@/lib/content";
import { JsonLd } from "@/components/ui/json-ld";
import { pageMetadata } from "@/lib/publish/metadata";
import { organizationJsonLd } from "@/lib/publish/structured-data";
import { site } from "@/lib/site/config";
import { routes } from "@/lib/site/routes";
import { headingStyle } from "@/components/ui/headings";

const LATEST_COUNT = 5;
/** On a phone, the site's introduction gives way to a call that leads the page. */
const introWhileCallLeads =
  "hidden group-data-[phase=ended]/featured:block sm:block";

export const metadata: Metadata = pageMetadata({
  title: site.name,
  description: `Press releases, conference calls and investor contacts of ${site.company}.`,
  path: routes.home,
  titleIsAbsolute: true,
});

export default function HomePage() {
  const latest = getLatestRelease();
  const profile = getCompanyProfile();
  const calls = getCalls();
  const [latestCall] = calls;
  const featured = featuredSchedule(featuredCandidates(calls, builtAt));
  const currentContacts = getContactDirectory().current;
  const page = (
    <>
      <JsonLd data={organizationJsonLd(latest)} />
      <div>
        <h1 className={headingStyle[1]}>Investor Relations</h1>
        <p
          className={`mt-4 max-w-prose text-lg text-slate-700 dark:text-slate-300 ${latestCall ? introWhileCallLeads : ""}`}
        >
          Press releases of {site.company} as issued on the wire, with their
          conference calls and the investor and media contacts they name.
        </p>
      </div>

      {featured.calls.map(({ call, schedule }) => (
        <PhaseScope
          key={call.slug}
          {...schedule}
          className="group/call data-[phase=off]:hidden"
        >
          <CallLead call={call} />
        </PhaseScope>
      ))}

      <section aria-labelledby="latest-heading">
        <SectionHeader
          id="latest-heading"
          title="Latest press releases"
          more={{ href: routes.releases, label: "All releases\u00a0→" }}
        />
        <ReleaseList releases={getReleases().slice(0, LATEST_COUNT)} />
      </section>

      {latestCall && (
        <section
          aria-labelledby="latest-call-heading"
          className="hidden group-data-[phase=ended]/featured:block"
        >
          <SectionHeader
            id="latest-call-heading"
            title={`Latest ${callKindWords[latestCall.kind].label.toLowerCase()}`}
            more={{ href: routes.calls, label: "All calls\u00a0→" }}
          />
          <CallCard call={latestCall} />
        </section>
      )}

      <div className="grid gap-12 lg:grid-cols-[3fr_2fr]">
        {profile && <CompanyProfile profile={profile} />}
        {currentContacts && (
          <section aria-labelledby="contacts-heading">
            <h2 id="contacts-heading" className={headingStyle[2]}>
              Investor and media contacts
            </h2>
            <Muted small className="mt-2 mb-4">
              As listed in the release of{" "}
              <CalendarDateTime date={currentContacts.release.date} />.{" "}
              <SiteLink
                href={routes.contacts}
                className="underline underline-offset-2 hover:text-slate-900 dark:hover:text-white"
              >
                All contacts
              </SiteLink>
            </Muted>
            <ContactList
              contacts={currentContacts.contacts}
              className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1"
            />
          </section>
        )}
      </div>
    </>
  );
  // A call leads while one is on, ahead, or has a replay running (featuredSchedule); then the latest releases do.
  return latestCall ? (
    <PhaseScope {...featured.page} className="group/featured space-y-14">
      {page}
    </PhaseScope>
  ) : (
    <div className="space-y-14">{page}</div>
  );
}
