/** Longest stretch of library work on the main thread before it gives the page a turn. */
const SLICE_MS = 12;

let sliceStarted = now();

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

interface TaskScheduler {
  yield?: () => Promise<void>;
}

/** Starts a slice of work now (called when a piece of work begins). */
export function startSlice(): void {
  sliceStarted = now();
}

/**
 * Gives the page a turn (input, rendering) once the current slice of work has run for more than `SLICE_MS`;
 * otherwise resolves at once. Uses `scheduler.yield` where the browser has it, else a zero-delay timer.
 */
export async function yieldToPage(): Promise<void> {
  if (now() - sliceStarted < SLICE_MS) return;
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler?.yield) await scheduler.yield();
  else await new Promise<void>((resolve) => setTimeout(resolve, 0));
  sliceStarted = now();
}
