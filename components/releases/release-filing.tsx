import type { Release } from "@/lib/content";
import { edgarFilingUrl } from "@/lib/site/edgar";
import { Muted } from "@/components/ui/muted";
import { TextLink } from "@/components/ui/text-link";

type ReleaseFilingProps = { sec: NonNullable<Release["sec"]> };

/** The release's source of record: the SEC filing it was filed with, on EDGAR. */
export function ReleaseFiling({ sec }: ReleaseFilingProps) {
  return (
    <Muted small className="mt-1">
      <TextLink href={edgarFilingUrl(sec.accession)}>
        Filed with the SEC as Exhibit {sec.exhibit} to Form {sec.form}
      </TextLink>
    </Muted>
  );
}
