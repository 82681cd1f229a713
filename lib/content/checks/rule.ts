import type { Root } from "mdast";
import type { ContentProblem } from "../errors";
import type { ReleaseFrontMatter } from "../schema";

/** What a rule reads: one release's front matter and its parsed body. */
export type ReleaseUnderCheck = {
  readonly file: string;
  /** The date the file name starts with. */
  readonly slugDate: string;
  readonly frontMatter: ReleaseFrontMatter;
  readonly tree: Root;
  readonly markdown: string;
  /** The line of the file the body starts on. */
  readonly bodyFirstLine: number;
};

/** One thing the build checks, by name, with the sentence docs/adding-releases.md lists it by. */
export type CheckDescription = {
  readonly name: string;
  readonly description: string;
};

/** A check every release's front matter and body pass before its data is derived. */
export type ContentRule = CheckDescription & {
  readonly check: (release: ReleaseUnderCheck) => ContentProblem[];
};

/** A check as the guide lists it: with the modules that make it, the first of which declares it. */
export type ListedCheck = CheckDescription & {
  readonly madeIn: string;
};

type Positioned = {
  readonly position?: { readonly start: { readonly line: number } };
};

/** A problem in the body, its field naming its line in the file: "body (line 42)". */
export function bodyProblem(
  { file, bodyFirstLine }: ReleaseUnderCheck,
  node: Positioned | undefined,
  message: string,
): ContentProblem {
  const line = node?.position?.start.line;
  return {
    file,
    field:
      line === undefined ? "body" : `body (line ${line + bodyFirstLine - 1})`,
    message,
  };
}
