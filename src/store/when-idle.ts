/** Runs a task once, later, and returns the function that cancels it. */
export type IdleScheduler = (task: () => void, timeoutMs: number) => () => void;

/**
 * Runs the task when the page is idle (`requestIdleCallback`), and at the latest after `timeoutMs`; where the
 * browser has no idle callbacks, after the timeout.
 */
export const whenIdle: IdleScheduler = (task, timeoutMs) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, timeoutMs);
  return () => clearTimeout(handle);
};
