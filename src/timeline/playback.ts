import type { DayWindow } from '../store/days';
import { shifted } from './window-moves';

/** Plays the time window forward: whole days per animation frame at a chosen speed, stopping at the end. */
export class Playback {
  private frame = 0;
  private lastTime = 0;
  private carried = 0;
  daysPerSecond = 7;

  constructor(
    private readonly read: () => { window: DayWindow; domain: DayWindow } | null,
    private readonly write: (window: DayWindow) => void,
    private readonly onStop: () => void,
  ) {}

  get playing(): boolean {
    return this.frame !== 0;
  }

  play(): void {
    if (this.frame) return;
    this.lastTime = performance.now();
    this.carried = 0;
    this.frame = requestAnimationFrame(this.tick);
  }

  pause(): void {
    if (!this.frame) return;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.onStop();
  }

  private readonly tick = (time: number): void => {
    const state = this.read();
    if (!state) {
      this.frame = 0;
      this.onStop();
      return;
    }
    this.carried += ((time - this.lastTime) / 1000) * this.daysPerSecond;
    this.lastTime = time;
    const days = Math.floor(this.carried);
    if (days > 0) {
      this.carried -= days;
      const next = shifted(state.window, state.domain, days);
      this.write(next);
      if (next.end >= state.domain.end) {
        this.frame = 0;
        this.onStop();
        return;
      }
    }
    this.frame = requestAnimationFrame(this.tick);
  };
}
