/**
 * Watches the page's main thread while work runs elsewhere: long tasks from PerformanceObserver (Chromium
 * reports tasks of 50 ms and more) and, below that threshold, the longest delay of a 10 ms interval timer.
 */
export interface MainThreadReport {
  /** Longest long task seen, or null when none reached 50 ms. */
  longestTaskMs: number | null;
  longTasks: number;
  /** Longest lateness of the 10 ms timer: how long the thread was once kept from running a timer. */
  longestTimerDelayMs: number;
}

export class MainThreadWatch {
  private readonly durations: number[] = [];
  private observer: PerformanceObserver | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private longestDelay = 0;
  private startedAt = 0;

  start(): void {
    this.startedAt = performance.now();
    this.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.startTime >= this.startedAt) this.durations.push(entry.duration);
      }
    });
    this.observer.observe({ type: 'longtask', buffered: false });
    let expected = performance.now() + 10;
    this.timer = setInterval(() => {
      const now = performance.now();
      this.longestDelay = Math.max(this.longestDelay, now - expected);
      expected = now + 10;
    }, 10);
  }

  stop(): MainThreadReport {
    if (this.observer) {
      for (const entry of this.observer.takeRecords()) {
        if (entry.startTime >= this.startedAt) this.durations.push(entry.duration);
      }
      this.observer.disconnect();
    }
    if (this.timer !== null) clearInterval(this.timer);
    return {
      longestTaskMs: this.durations.length > 0 ? this.durations.reduce((a, b) => Math.max(a, b)) : null,
      longTasks: this.durations.length,
      longestTimerDelayMs: this.longestDelay,
    };
  }
}
