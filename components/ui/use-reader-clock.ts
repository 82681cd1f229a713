"use client";

import { useSyncExternalStore } from "react";

/**
 * Statuses change at most every few seconds' worth of precision, so the clock
 * reads in steps: a snapshot then stays the same between two reads in one
 * render, as React requires, and is never older than a step, even right after
 * a client-side navigation or in a tab that timers were throttled in.
 */
const STEP_MS = 5_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

const readClock = () => Math.floor(Date.now() / STEP_MS) * STEP_MS;

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((notify) => notify()), STEP_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const neverChanges = () => () => {};

/** The reader's clock in epoch ms, ticking; null in the prerendered HTML. */
export function useReaderClock(): number | null {
  return useSyncExternalStore(subscribe, readClock, () => null);
}

/** The reader's IANA time zone; null in the prerendered HTML. */
export function useReaderTimeZone(): string | null {
  return useSyncExternalStore(
    neverChanges,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
}

/** False in the prerendered HTML, true once React runs in the reader's browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
