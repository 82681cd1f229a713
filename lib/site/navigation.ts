import { routes } from "@/lib/site/routes";

/** The site's sections, in the order the header (short labels) and footer list them. */
export const siteSections = [
  { href: routes.releases, label: "Press releases", shortLabel: "Releases" },
  { href: routes.calls, label: "Calls and events", shortLabel: "Calls" },
  { href: routes.timeline, label: "Timeline", shortLabel: "Timeline" },
  { href: routes.filings, label: "SEC filings", shortLabel: "Filings" },
  { href: routes.contacts, label: "Contacts", shortLabel: "Contacts" },
] as const;

/** What the footer of every page says of what it shows. */
export const footerNote =
  "Press releases are shown as issued. Information in a release, including forward-looking statements and contact details, was current only as of its date.";
