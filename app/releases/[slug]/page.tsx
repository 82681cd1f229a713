import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CallCard } from "@/components/calls/call-card";
import { ContactList } from "@/components/contacts/contact-list";
import { ReleaseBody } from "@/components/releases/release-body";
import { ReleaseHeader } from "@/components/releases/release-header";
import { ReleasePager } from "@/components/releases/release-pager";
import { ReleaseTimelineLinks } from "@/components/releases/release-timeline-links";
import {
  getAdjacentReleases,
  getRelease,
  getReleases,
  type Release,
} from "@/lib/content";
import { callKindWords } from "@/lib/calls/call-kinds";
import { JsonLd } from "@/components/ui/json-ld";
import { pageMetadata, publishedIso } from "@/lib/publish/metadata";
import { newsArticleJsonLd } from "@/lib/publish/structured-data";
import { routes } from "@/lib/site/routes";
import { TextLink } from "@/components/ui/text-link";
import { headingStyle } from "@/components/ui/headings";

/** "Conference call", "Presentation", or "Calls and events" for several. */
function callsHeading(calls: Release["calls"]): string {
  const [only, ...others] = calls;
  return only !== undefined && others.length === 0
    ? callKindWords[only.kind].label
    : "Calls and events";
}

type ReleasePageProps = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getReleases().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({
  params,
}: ReleasePageProps): Promise<Metadata> {
  const release = getRelease((await params).slug);
  if (!release) return {};
  return pageMetadata({
    title: release.headline,
    description: release.summary,
    path: routes.release(release.slug),
    article: { publishedTime: publishedIso(release) },
  });
}

export default async function ReleasePage({ params }: ReleasePageProps) {
  const { slug } = await params;
  const release = getRelease(slug);
  if (!release) notFound();
  const { newer, older } = getAdjacentReleases(slug);
  // The release's own line would lead back to this page's date.
  const statedEvents = release.events.filter(
    (event) => event.kind !== "release",
  );
  return (
    <article className="max-w-3xl">
      <JsonLd data={newsArticleJsonLd(release)} />
      <p className="mb-6 text-sm print:hidden">
        <TextLink href={routes.releases}>
          {"\u2190\u00a0All press releases"}
        </TextLink>
      </p>
      <ReleaseHeader release={release} />
      {release.calls.length > 0 && (
        <section aria-labelledby="release-calls" className="mb-10 print:hidden">
          <h2 id="release-calls" className={`mb-3 ${headingStyle[2]}`}>
            {callsHeading(release.calls)}
          </h2>
          <div className="grid gap-4">
            {release.calls.map((call) => (
              <CallCard key={call.slug} call={call} />
            ))}
          </div>
        </section>
      )}
      <ReleaseBody html={release.html} />
      {release.contacts.length > 0 && (
        <section aria-labelledby="release-contacts" className="mt-12">
          <h2 id="release-contacts" className={`mb-4 ${headingStyle[2]}`}>
            Contacts
          </h2>
          <ContactList contacts={release.contacts} />
        </section>
      )}
      {statedEvents.length > 0 && (
        <ReleaseTimelineLinks events={statedEvents} />
      )}
      <ReleasePager newer={newer} older={older} />
    </article>
  );
}
