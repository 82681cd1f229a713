/** The public origin the static export is built for, as a deploy sets SITE_URL; nothing is fetched from it. */
export const EXPORT_SITE_URL = "https://ir.example.com";
