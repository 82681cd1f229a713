import { SiteLink } from "@/components/ui/site-link";
import type { ComponentProps } from "react";

type TextLinkProps = ComponentProps<"a"> & {
  href: string;
  /**
   * Load the target as a whole document: a file such as a calendar, or a
   * paragraph the page highlights with :target, which a client-side
   * navigation would not apply.
   */
  fullPageLoad?: boolean;
};

/**
 * A link in running text or a list, in the site's link colour and underlined on
 * hover. Pages of the site go through Next's Link; telephone, e-mail and other
 * sites' addresses, places on the same page, and links that need a full page
 * load, are plain anchors.
 */
export function TextLink({
  className,
  href,
  fullPageLoad = false,
  ...props
}: TextLinkProps) {
  const classes = className ? `link ${className}` : "link";
  return fullPageLoad || href.startsWith("#") || URL.canParse(href) ? (
    <a href={href} className={classes} {...props} />
  ) : (
    <SiteLink href={href} className={classes} {...props} />
  );
}
