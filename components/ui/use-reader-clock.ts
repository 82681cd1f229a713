"use client";

import { useSyncExternalStore } from "react";
import { CLOCK_STEP_MS, steppedClock } from "@/lib/time/clock-step";

/*
 * Read on every render, never cached, so a snapshot is never older than a
 * step, even right after a client-side navigation or in a throttled tab.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

const readClock = () => steppedClock(Date.now(), CLOCK_STEP_MS);

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(
    () => listeners.forEach((notify) => notify()),
    CLOCK_STEP_MS,
  );
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

/** False in the prerendered HTML, true once React runs in the reader's browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
