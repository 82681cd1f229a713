import Link from "next/link";
import type { ComponentProps } from "react";

const textLinkClass =
  "text-brand-700 underline-offset-2 hover:underline dark:text-brand-300";

type TextLinkProps = ComponentProps<"a"> & { href: string };

/**
 * A link in running text or a list, in the site's link colour and underlined on
 * hover. Pages of the site go through Next's Link; telephone, e-mail and other
 * sites' addresses are plain anchors.
 */
export function TextLink({ className, href, ...props }: TextLinkProps) {
  const classes = className ? `${textLinkClass} ${className}` : textLinkClass;
  return URL.canParse(href) ? (
    <a href={href} className={classes} {...props} />
  ) : (
    <Link href={href} className={classes} {...props} />
  );
}
