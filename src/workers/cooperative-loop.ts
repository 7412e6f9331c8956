/**
 * Long loops inside the worker give the event loop a turn every few tens of milliseconds, so that a
 * "cancel" message can arrive between two articles and progress reaches the page while work goes on.
 */
const SLICE_MS = 40;

export class CooperativeLoop {
  private sliceStart = performance.now();

  /** True when the current slice is used up: the caller should report progress and `await yieldTurn()`. */
  get sliceUsed(): boolean {
    return performance.now() - this.sliceStart >= SLICE_MS;
  }

  async yieldTurn(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.sliceStart = performance.now();
  }
}

/** Jobs asked to stop; the worker checks this set between articles. */
export class CancelledJobs {
  private readonly cancelled = new Set<number>();

  cancel(jobId: number): void {
    this.cancelled.add(jobId);
  }

  isCancelled(jobId: number): boolean {
    return this.cancelled.has(jobId);
  }
}
