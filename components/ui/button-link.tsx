import type { ComponentProps } from "react";

/** The look of a page's primary action, for links and buttons alike. */
const primaryActionClass =
  "rounded-md bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-700 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-100";

/** A link that is the page's primary action: a calendar file, a webcast. Always a full page load, as these leave the site or download a file. */
export function ButtonLink(props: Omit<ComponentProps<"a">, "className">) {
  return <a className={`${primaryActionClass} inline-block`} {...props} />;
}
