import type { Call } from "@/lib/content";
import { TextLink } from "@/components/ui/text-link";

type WebcastAccessProps = { webcast: NonNullable<Call["webcast"]> };

/** Where the release says the webcast is, as stated, with a link to it. */
export function WebcastAccess({ webcast }: WebcastAccessProps) {
  return (
    <p className="mt-2">
      Visit {webcast.access}.{" "}
      <TextLink href={webcast.url} className="font-medium">
        Open {new URL(webcast.url).hostname}
      </TextLink>
    </p>
  );
}
