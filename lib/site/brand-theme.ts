import plugin from "tailwindcss/plugin";
import { brandColours } from "./brand-colours";

const shades = Object.entries(brandColours);
const variable = (shade: string) => `--color-brand-${shade}`;

/**
 * Adds the site's blue to Tailwind's theme as `brand` (app/globals.css loads
 * it), as variables like the theme's own colours: `var(--color-brand-600)`.
 */
export default plugin(
  ({ addBase }) =>
    addBase({
      ":root": Object.fromEntries(
        shades.map(([shade, colour]) => [variable(shade), colour]),
      ),
    }),
  {
    theme: {
      extend: {
        colors: {
          brand: Object.fromEntries(
            shades.map(([shade]) => [shade, `var(${variable(shade)})`]),
          ),
        },
      },
    },
  },
);
