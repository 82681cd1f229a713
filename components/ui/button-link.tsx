import type { ComponentProps } from "react";

/** A link that is the page's primary action: a calendar file, a webcast. Always a full page load, as these leave the site or download a file. */
export function ButtonLink(props: Omit<ComponentProps<"a">, "className">) {
  return <a className="button-primary inline-block" {...props} />;
}
