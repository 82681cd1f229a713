import type { ComponentProps } from "react";

/** The look of a page's primary action, for links and buttons alike. */
const primaryActionClass = "button-primary px-4 py-2";

/** A link that is the page's primary action: a calendar file, a webcast. Always a full page load, as these leave the site or download a file. */
export function ButtonLink(props: Omit<ComponentProps<"a">, "className">) {
  return <a className={`${primaryActionClass} inline-block`} {...props} />;
}
