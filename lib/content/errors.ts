/** One thing wrong with one content file, said so that an editor can find and fix it. */
export type ContentProblem = {
  /** Path of the file, relative to the working directory. */
  readonly file: string;
  /** Front matter field path ("contacts[1].phone"), "body (line 12)", "file name" or "front matter". */
  readonly field: string;
  readonly message: string;
};

function describeProblem({ file, field, message }: ContentProblem): string {
  return `${file} › ${field}: ${message}`;
}

/** Every problem found in content/, all at once, so one build run shows them all. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count =
      problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(
      `Content has ${count}:\n${problems.map((problem) => `  - ${describeProblem(problem)}`).join("\n")}`,
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}
