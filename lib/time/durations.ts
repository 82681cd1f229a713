/** An hour of elapsed time, in milliseconds. No imports: the browser's clock code uses it too. */
export const HOUR_MS = 3_600_000;
