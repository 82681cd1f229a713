import { routes } from "@/lib/site/routes";

/** The site's sections, in the order the header (short labels) and footer list them. */
export const siteSections = [
  { href: routes.releases, label: "Press releases", shortLabel: "Releases" },
  { href: routes.calls, label: "Calls and events", shortLabel: "Calls" },
  { href: routes.timeline, label: "Timeline", shortLabel: "Timeline" },
  { href: routes.filings, label: "SEC filings", shortLabel: "Filings" },
  { href: routes.contacts, label: "Contacts", shortLabel: "Contacts" },
] as const;
