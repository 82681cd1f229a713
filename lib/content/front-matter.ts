import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml, YAMLException } from "js-yaml";
import type { z } from "zod";
import type { ContentProblem } from "./errors";
import { failed, succeeded, type Result } from "./result";
import {
  findReviewPlaceholders,
  REVIEW_MARKER,
  withStandInsForPlaceholders,
} from "./review";
import { releaseFrontMatterSchema, type ReleaseFrontMatter } from "./schema";
import type { CheckDescription } from "./checks/rule";

/** A check made here, as docs/adding-releases.md lists it (everyCheck). */
export const frontMatterCheck: CheckDescription = {
  name: "front-matter",
  description:
    "The file opens with YAML front matter that matches the schema: known fields only, required ones present, real calendar dates, IANA zones, valid telephone numbers and e-mail addresses, http(s) webcast URLs, replay codes in quotes, SEC accession numbers written 0001157523-04-002728.",
};

/** A check made here, as docs/adding-releases.md lists it (everyCheck). */
export const reviewedCheck: CheckDescription = {
  name: "reviewed",
  description: "No REVIEW: placeholder from the importer is left.",
};

/**
 * The core YAML schema has no timestamp type, so `date: 2004-03-29` stays the
 * string it is written as instead of becoming UTC midnight of a JavaScript Date.
 */
const frontMatterOptions = {
  engines: {
    yaml: (text: string): object =>
      loadYaml(text, { schema: CORE_SCHEMA }) ?? {},
  },
};

function fieldPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (field, segment) =>
      typeof segment === "number"
        ? `${field}[${segment}]`
        : field
          ? `${field}.${String(segment)}`
          : String(segment),
    "",
  );
}

const knownFields = Object.keys(releaseFrontMatterSchema.shape).join(", ");

function schemaProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === "unrecognized_keys") {
      const where = fieldPath(issue.path);
      return issue.keys.map((key) => ({
        file,
        field: where ? `${where}.${key}` : key,
        message: where
          ? "unknown field"
          : `unknown field; release front matter has ${knownFields}`,
      }));
    }
    // A field's own message says more than zod's default "Invalid input".
    const missing =
      issue.code === "invalid_type" &&
      issue.input === undefined &&
      issue.message.startsWith("Invalid input");
    return [
      {
        file,
        field: fieldPath(issue.path) || "front matter",
        message: missing ? `is required (${issue.expected})` : issue.message,
      },
    ];
  });
}

export type FrontMatterAndBody = {
  frontMatter: ReleaseFrontMatter;
  body: string;
  /** The line of the file the body starts on, for messages about the body. */
  bodyFirstLine: number;
};

/** How a source is checked: an import about to be written may still hold placeholders for its reviewer. */
export type SourceCheck = { readonly allowReviewPlaceholders?: boolean };

/** Splits a release file into its front matter, checked against the schema, and its markdown body. */
export function readFrontMatter(
  file: string,
  source: string,
  { allowReviewPlaceholders = false }: SourceCheck,
): Result<FrontMatterAndBody> {
  if (!matter.test(source)) {
    return failed([
      {
        file,
        field: "front matter",
        message: "missing: a release starts with a --- front matter --- block",
      },
    ]);
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, frontMatterOptions);
  } catch (error) {
    if (error instanceof YAMLException) {
      // The front matter text starts on the line of the opening ---.
      const line = error.mark ? ` at line ${error.mark.line + 1}` : "";
      return failed([
        {
          file,
          field: "front matter",
          message: `is not valid YAML${line}: ${error.reason}`,
        },
      ]);
    }
    throw error;
  }
  const unreviewed: ContentProblem[] = allowReviewPlaceholders
    ? []
    : findReviewPlaceholders(parsed.data).map(({ field, value }) => ({
        file,
        field,
        message: `is still the import placeholder ${JSON.stringify(value)}; write it, without "${REVIEW_MARKER}", once you have reviewed the import`,
      }));
  const result = releaseFrontMatterSchema.safeParse(
    allowReviewPlaceholders
      ? withStandInsForPlaceholders(parsed.data)
      : parsed.data,
    { reportInput: true },
  );
  if (!result.success) {
    // A placeholder in a field with a format (an accession number, an e-mail) is reported once, as a placeholder.
    const placeholderFields = new Set(unreviewed.map(({ field }) => field));
    return failed([
      ...unreviewed,
      ...schemaProblems(file, result.error).filter(
        ({ field }) => !placeholderFields.has(field),
      ),
    ]);
  }
  if (unreviewed.length > 0) return failed(unreviewed);
  const beforeBody = source.slice(0, source.length - parsed.content.length);
  return succeeded({
    frontMatter: result.data,
    body: parsed.content,
    bodyFirstLine: beforeBody.split("\n").length,
  });
}
