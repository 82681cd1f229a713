import type { Metadata, Viewport } from "next";
import type { Release } from "@/lib/content";
import { site, titleWithSiteName } from "@/lib/site/config";
import { isoWithOffset } from "@/lib/time/instants";
import { routes } from "@/lib/site/routes";

/** A release's instant of issue as ISO 8601 on the company's clock, for JSON-LD, Open Graph and the sitemap. */
export function publishedIso(release: Pick<Release, "publishedAt">): string {
  return isoWithOffset(release.publishedAt, site.zone);
}

/** Every page advertises the release feeds. */
export const feedAlternates = {
  "application/rss+xml": [
    { url: routes.rssFeed, title: `${site.company} press releases (RSS)` },
  ],
  "application/atom+xml": [
    { url: routes.atomFeed, title: `${site.company} press releases (Atom)` },
  ],
};

/** What every page's metadata starts from: the root layout's, and the not-found page's. */
export const siteMetadata: Metadata = {
  metadataBase: site.url,
  title: { default: site.name, template: titleWithSiteName("%s") },
  description: `Press releases, conference calls and investor contacts of ${site.company}.`,
  applicationName: site.name,
  alternates: { types: feedAlternates },
};

export const siteViewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

type PageMetadata = {
  title: string;
  description: string;
  /** The page's path; canonical and Open Graph URLs resolve it against SITE_URL. */
  path: string;
  /** Releases are articles, with their day of publication. */
  article?: { publishedTime: string };
  /** The home page's title stands alone, without the site name after it. */
  titleIsAbsolute?: boolean;
};

/** Title, description, canonical URL, Open Graph and Twitter tags: the same for every page. */
export function pageMetadata({
  title,
  description,
  path,
  article,
  titleIsAbsolute = false,
}: PageMetadata): Metadata {
  const common = {
    title,
    description,
    url: path,
    siteName: site.name,
    locale: "en_US",
  };
  return {
    title: titleIsAbsolute ? { absolute: title } : title,
    description,
    alternates: { canonical: path, types: feedAlternates },
    openGraph: article
      ? { ...common, type: "article", publishedTime: article.publishedTime }
      : { ...common, type: "website" },
    twitter: {
      card: article ? "summary_large_image" : "summary",
      title,
      description,
    },
  };
}
