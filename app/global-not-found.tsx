import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/site-link";
import { PageHeading } from "@/components/ui/page-heading";
import { ReleaseList } from "@/components/releases/release-list";
import { getReleases } from "@/lib/content";
import { routes } from "@/lib/site/routes";
import { headingStyle } from "@/components/ui/headings";
import { SiteDocument } from "@/components/site/site-document";
import { siteMetadata, siteViewport } from "@/lib/publish/metadata";
import { titleWithSiteName } from "@/lib/site/config";
import "./globals.css";

/*
 * Drawn in a document of its own rather than under the root layout, so that
 * the not-found page is not part of every other page's payload. Next marks
 * not-found responses noindex itself.
 */
export const metadata: Metadata = {
  ...siteMetadata,
  title: titleWithSiteName("Page not found"),
};
export const viewport = siteViewport;

export default function GlobalNotFound() {
  return (
    <SiteDocument>
      <PageHeading title="Page not found">
        <p>
          There is no page at this address. It may have been mistyped, or the
          link that brought you here may be out of date.
        </p>
      </PageHeading>
      <ul className="mb-12 flex flex-wrap gap-3">
        {[
          { href: routes.home, label: "Investor Relations home" },
          { href: routes.releases, label: "All press releases" },
          { href: routes.contacts, label: "Investor contacts" },
        ].map(({ href, label }) => (
          <li key={href}>
            <SiteLink
              href={href}
              className="inline-block rounded-md border border-slate-300 px-4 py-2 font-medium text-brand-700 hover:border-brand-600 dark:border-slate-700 dark:text-brand-300"
            >
              {label}
            </SiteLink>
          </li>
        ))}
      </ul>
      <h2 className={`mb-5 ${headingStyle[2]}`}>Latest press releases</h2>
      <ReleaseList releases={getReleases().slice(0, 3)} showSummaries={false} />
    </SiteDocument>
  );
}
