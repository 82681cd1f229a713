/**
 * When the pages were prerendered. Statuses shown without JavaScript are "as of"
 * this moment and say so; the reader's browser replaces them with its own clock.
 */
export const builtAt = Date.now();
