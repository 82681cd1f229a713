function siteUrl(): URL {
  const value = process.env.SITE_URL ?? "http://localhost:3000";
  try {
    return new URL(value);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute URL such as https://ir.example.com, got ${JSON.stringify(value)}`,
    );
  }
}

/** Site-wide facts that are not in any release. */
export const site = {
  name: "Sonus Networks Investor Relations",
  company: "Sonus Networks",
  /** Used for canonical URLs, and later feeds and the sitemap. */
  url: siteUrl(),
} as const;
