import path from "node:path";
import {
  ContentError,
  type ContentProblem,
  loadReleases,
} from "@/lib/content/authoring";

export const fixtures = "lib/content/__fixtures__";

/** The release of a one-release fixture, which is dated 2005-03-03 and named for its fixture. */
export const fileOf = (fixture: string) =>
  `${fixtures}/${fixture}/releases/2005-03-03-${fixture}.md`;

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
