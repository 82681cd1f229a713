import type { Corporation, Event, NewsArticle, WithContext } from "schema-dts";

/** The listed company, as schema.org describes one. */
type Company = Exclude<Corporation, string>;
import type { Call, Release } from "@/lib/content";
import { publishedIso } from "@/lib/publish/metadata";
import { site } from "@/lib/site/config";
import { isoWithOffset } from "@/lib/time/instants";
import { absoluteUrl, routes } from "@/lib/site/routes";

function organization(release: Release): Company {
  return {
    "@type": "Corporation",
    name: site.company,
    url: absoluteUrl(routes.home),
    tickerSymbol: `${release.listing.exchange.toUpperCase()} ${release.listing.ticker}`,
  };
}

export function organizationJsonLd(latest: Release): WithContext<Company> {
  return { "@context": "https://schema.org", ...organization(latest) };
}

export function newsArticleJsonLd(release: Release): WithContext<NewsArticle> {
  const url = absoluteUrl(routes.release(release.slug));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: release.headline,
    description: release.summary,
    datePublished: publishedIso(release),
    dateline: release.dateline,
    url,
    mainEntityOfPage: url,
    image: absoluteUrl(routes.releaseImage(release.slug)),
    author: organization(release),
    publisher: organization(release),
  };
}

export function eventJsonLd(call: Call, release: Release): WithContext<Event> {
  const url = absoluteUrl(routes.call(call.slug));
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: call.title,
    url,
    // With its UTC offset when the time is known; otherwise the day alone, as the release gives it.
    ...(call.timing.kind === "exact"
      ? {
          startDate: isoWithOffset(call.timing.startsAt, call.timing.zone),
          endDate: isoWithOffset(call.timing.endsAt, call.timing.zone),
        }
      : { startDate: call.date }),
    eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    location: { "@type": "VirtualLocation", url: call.webcast?.url ?? url },
    organizer: organization(release),
    description: `${call.title}, announced in the press release "${release.headline}".`,
  };
}
