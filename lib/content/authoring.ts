/**
 * The content layer's face for those who write content rather than show it:
 * the importer, scripts and their tests. Pages use ./index (server-only). What
 * is here runs the same checks as the build; nothing else of lib/content is
 * imported from outside it (eslint.config.mjs keeps it so).
 */
export { defaultCacheDirectory, ReleaseCache } from "./cache";
export { findClashesWithPublished } from "./collisions";
export type { ReleaseIdentity } from "./collisions";
export { ContentError, type ContentProblem } from "./errors";
export { fillReleaseCache, uncachedReleaseFiles } from "./fill-cache";
export type { SourceCheck } from "./front-matter";
export { loadReleases, readReleaseSource, type LoadOptions } from "./load";
export type { ReleaseDraft } from "./model";
export { contentDirectory } from "./location";
export { parseMarkdown, type SetApartSection } from "./markdown";
export type { Result } from "./result";
export {
  findReviewPlaceholders,
  REVIEW_MARKER,
  reviewPlaceholder,
  type ReviewPlaceholder,
} from "./review";
export {
  callSchema,
  contactRoles,
  contactSchema,
  statedEventKinds,
  eventSchema,
  filingForms,
  figureSchema,
  releaseFrontMatterSchema,
} from "./schema";
export { isSlugWords, releaseFilePath } from "./source";
