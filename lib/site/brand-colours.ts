/**
 * The site's blue, in the shades its pages use. The stylesheet takes it
 * through a Tailwind plugin (./brand-theme.ts) as the `brand` colour; the
 * alert pages, which have no stylesheet, write it into their own style.
 */
export const brandColours = {
  50: "oklch(0.97 0.014 254)",
  100: "oklch(0.93 0.032 255)",
  300: "oklch(0.78 0.09 256)",
  600: "oklch(0.5 0.16 259)",
  700: "oklch(0.43 0.15 261)",
  800: "oklch(0.36 0.12 262)",
  900: "oklch(0.28 0.09 263)",
  950: "oklch(0.2 0.06 265)",
} as const;
