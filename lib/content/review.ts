import { getExampleNumber } from "libphonenumber-js/max";
import phoneExamples from "libphonenumber-js/examples.mobile.json";
import { DEFAULT_COUNTRY } from "@/lib/text/phone";
import { contactRoles, filingForms } from "./schema";

/**
 * The importer writes what only a person can write (a summary, a call's title,
 * a timeline label) as a placeholder starting with this marker. The build
 * refuses any front matter value that still starts with it, so an unreviewed
 * import cannot be published by accident.
 */
export const REVIEW_MARKER = "REVIEW:";

/** A value the importer leaves for a person to write, in a field of any type. */
export type ReviewPlaceholder = `${typeof REVIEW_MARKER} ${string}`;

export function reviewPlaceholder(request: string): ReviewPlaceholder {
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

/**
 * Values that stand in for a placeholder in a field that is not free text,
 * while an import is checked before it is written: the rest of the release is
 * checked as the build would, and the build refuses the placeholder itself.
 * An optional field's placeholder stands in as the field left out.
 */
const standIns: Record<string, () => string | undefined> = {
  role: () => contactRoles[0],
  email: () => "reviewer@example.com",
  phone: () =>
    getExampleNumber(DEFAULT_COUNTRY, phoneExamples)?.formatNational(),
  zone: () => undefined,
  form: () => filingForms[0],
  accession: () => "0000000000-00-000000",
  period: () => "2000",
};

/** A copy of the front matter with a stand-in for each placeholder in a field of `standIns`. */
export function withStandInsForPlaceholders(data: unknown, key = ""): unknown {
  if (typeof data === "string")
    return data.trimStart().startsWith(REVIEW_MARKER) &&
      Object.hasOwn(standIns, key)
      ? standIns[key]?.()
      : data;
  if (Array.isArray(data))
    return data.map((item) => withStandInsForPlaceholders(item));
  if (typeof data === "object" && data !== null)
    return Object.fromEntries(
      Object.entries(data).flatMap(([field, value]) => {
        const replaced = withStandInsForPlaceholders(value, field);
        return replaced === undefined ? [] : [[field, replaced]];
      }),
    );
  return data;
}
