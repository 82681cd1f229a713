import type { ContentProblem } from "./errors";

/** What a stage of the content pipeline gives: its value, or every problem that stopped it. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: ContentProblem[] };

export const succeeded = <T>(value: T): Result<T> => ({ ok: true, value });

export const failed = (problems: ContentProblem[]): Result<never> => ({
  ok: false,
  problems,
});
