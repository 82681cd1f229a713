import Link from "next/link";
import type { ComponentProps } from "react";

type SiteLinkProps = Omit<ComponentProps<typeof Link>, "prefetch">;

/**
 * Next's Link, for a page of this site, without prefetching. Every page is a
 * static file that a click fetches in one short request; prefetching each
 * link in view as a page loads made 22 requests on /releases, whose parsing
 * cost a phone's main thread more than a bare Next page costs in all.
 */
export function SiteLink(props: SiteLinkProps) {
  return <Link prefetch={false} {...props} />;
}
