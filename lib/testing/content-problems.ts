import path from "node:path";
import {
  ContentError,
  type ContentProblem,
  loadReleases,
} from "@/lib/content/authoring";

export const fixtures = "lib/content/__fixtures__";

/** The problems loading a fixture reports; a fixture that loads fails the test. */
export function problemsLoading(fixture: string): readonly ContentProblem[] {
  try {
    loadReleases(path.join(fixtures, fixture));
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error(`${fixture} loaded without a ContentError`);
}
