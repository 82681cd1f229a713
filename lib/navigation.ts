/** The site's sections, in the order the header and footer list them. */
export const siteSections = [
  { href: "/releases", label: "Press releases" },
  { href: "/calls", label: "Conference calls" },
  { href: "/contacts", label: "Contacts" },
] as const;
