import type { Release } from "@/lib/content";
import { callKindWords } from "@/lib/calls/call-kinds";
import { edgarFilingUrl } from "@/lib/site/edgar";
import { routes } from "@/lib/site/routes";
import { TextLink } from "@/components/ui/text-link";
import { PrintButton } from "@/components/releases/print-button";

type ReleaseDocumentsProps = {
  release: Pick<Release, "sec" | "calls" | "headline">;
};

/** The files that go with a release: its SEC filing, its calls' calendar files, a printed copy. */
export function ReleaseDocuments({ release }: ReleaseDocumentsProps) {
  const { sec, calls } = release;
  return (
    <ul className="space-y-2 text-sm">
      {sec && (
        <li>
          <TextLink href={edgarFilingUrl(sec.accession)}>
            {`Form ${sec.form}, Exhibit ${sec.exhibit}, on SEC EDGAR`}
          </TextLink>
        </li>
      )}
      {calls.map((call) => (
        <li key={call.slug}>
          {/* A file, not a page: a full load, so the browser opens or saves it. */}
          <TextLink href={routes.callCalendar(call.slug)} fullPageLoad>
            {`Calendar file of the ${callKindWords[call.kind].noun} (.ics)`}
          </TextLink>
        </li>
      ))}
      <li className="empty:hidden">
        <PrintButton label={`Print ${release.headline}`} />
      </li>
    </ul>
  );
}
