import type { Webcast } from "@/lib/content";
import { ButtonLink } from "@/components/ui/button-link";
import { TextLink } from "@/components/ui/text-link";

/** The webcast's link is a button while it can be heard: the live one while the call is on, a replay while it runs. */
const asButtonWhile = {
  live: {
    button: "hidden group-data-[phase=live]/call:inline",
    link: "group-data-[phase=live]/call:hidden",
  },
  available: {
    button: "hidden group-data-[phase=available]/replay:inline",
    link: "group-data-[phase=available]/replay:hidden",
  },
} as const;

type WebcastAccessProps = {
  webcast: Webcast;
  /** "Webcast" or "Webcast replay": what the link opens, with the site it is on. */
  name: string;
  buttonWhile: keyof typeof asButtonWhile;
};

/** Where the release says the webcast is, as stated, and a link named for what it opens. */
export function WebcastAccess({
  webcast,
  name,
  buttonWhile,
}: WebcastAccessProps) {
  const label = `${name} on ${new URL(webcast.url).hostname.replace(/^www\./, "")}`;
  const { button, link } = asButtonWhile[buttonWhile];
  return (
    <div className="mt-2 space-y-2">
      <p>Visit {webcast.access}.</p>
      <p>
        <span className={button}>
          <ButtonLink href={webcast.url}>{label}</ButtonLink>
        </span>
        <span className={link}>
          <TextLink href={webcast.url} className="font-medium">
            {label}
          </TextLink>
        </span>
      </p>
    </div>
  );
}
