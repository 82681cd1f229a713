import type { Release } from "@/lib/content";
import { CallCard } from "@/components/calls/call-card";
import { RelatedContacts } from "@/components/contacts/related-contacts";
import { ReleaseDocuments } from "@/components/releases/release-documents";
import { ReleaseTimelineLinks } from "@/components/releases/release-timeline-links";
import { callKindWords } from "@/lib/calls/call-kinds";
import { RelatedSection } from "@/components/ui/related-section";

/** "Conference call", "Presentation", or "Calls and events" for several. */
function callsHeading(calls: Release["calls"]): string {
  const [only, ...others] = calls;
  return only !== undefined && others.length === 0
    ? callKindWords[only.kind].label
    : "Calls and events";
}

type ReleaseRelatedProps = { release: Release };

/**
 * What a reader of a release wants beside it: its calls and their state, its
 * contacts, its documents and its place on the timeline. Beside the text on a
 * wide screen, after it on a narrow one; not printed.
 */
export function ReleaseRelated({ release }: ReleaseRelatedProps) {
  // The release's own line would lead back to this page's date.
  const statedEvents = release.events.filter(
    (event) => event.kind !== "release",
  );
  return (
    <aside aria-label="About this release" className="space-y-10 print:hidden">
      {release.calls.length > 0 && (
        <RelatedSection
          id="release-calls"
          heading={callsHeading(release.calls)}
        >
          <div className="grid gap-4">
            {release.calls.map((call) => (
              <CallCard key={call.slug} call={call} />
            ))}
          </div>
        </RelatedSection>
      )}
      <RelatedContacts id="release-contacts" contacts={release.contacts} />
      <RelatedSection id="release-documents" heading="Documents">
        <ReleaseDocuments release={release} />
      </RelatedSection>
      {statedEvents.length > 0 && (
        <RelatedSection id="release-timeline" heading="On the timeline">
          <ReleaseTimelineLinks events={statedEvents} />
        </RelatedSection>
      )}
    </aside>
  );
}
