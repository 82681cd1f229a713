/** The site's sections, in the order the header (short labels) and footer list them. */
export const siteSections = [
  { href: "/releases", label: "Press releases", shortLabel: "Releases" },
  { href: "/calls", label: "Conference calls", shortLabel: "Calls" },
  { href: "/timeline", label: "Timeline", shortLabel: "Timeline" },
  { href: "/contacts", label: "Contacts", shortLabel: "Contacts" },
] as const;
