/**
 * The importer writes what only a person can write (a summary, a call's title,
 * a timeline label) as a placeholder starting with this marker. The build
 * refuses any front matter value that still starts with it, so an unreviewed
 * import cannot be published by accident.
 */
export const REVIEW_MARKER = "REVIEW:";

export function reviewPlaceholder(request: string): string {
  return `${REVIEW_MARKER} ${request}`;
}

export type PlaceholderField = {
  readonly field: string;
  readonly value: string;
};

/** Every string value under `data` that is still a placeholder, with its field path ("calls[0].title"). */
export function findReviewPlaceholders(
  data: unknown,
  field = "",
): PlaceholderField[] {
  if (typeof data === "string") {
    return data.trimStart().startsWith(REVIEW_MARKER)
      ? [{ field: field || "front matter", value: data }]
      : [];
  }
  if (Array.isArray(data)) {
    return data.flatMap((item, index) =>
      findReviewPlaceholders(item, `${field}[${index}]`),
    );
  }
  if (typeof data === "object" && data !== null) {
    return Object.entries(data).flatMap(([key, value]) =>
      findReviewPlaceholders(value, field ? `${field}.${key}` : key),
    );
  }
  return [];
}
