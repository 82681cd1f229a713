import type { Call } from "@/lib/content";

type WebcastAccessProps = { webcast: NonNullable<Call["webcast"]> };

/** Where the release says the webcast is, as stated, with a link to it. */
export function WebcastAccess({ webcast }: WebcastAccessProps) {
  return (
    <p className="mt-2">
      Visit {webcast.access}.{" "}
      <a
        href={webcast.url}
        className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
      >
        Open {new URL(webcast.url).hostname}
      </a>
    </p>
  );
}
