/** The public origin the static export is built for, as a deploy sets SITE_URL; nothing is fetched from it. */
export const EXPORT_SITE_URL = "https://ir.example.com";

/** The Node server the export's alerts form posts to, as a deploy sets ALERTS_ENDPOINT; nothing is sent to it. */
export const EXPORT_ALERTS_ENDPOINT = "https://alerts.ir.example.com";
