import type { DayWindow } from '../store/days';
import type { MarsadStore } from '../store/store';
import type { TimelineController } from './timeline-controller';
import { shifted } from './window-moves';

/**
 * Where the window goes after moving `days` on: there, unless it would show no event — then on to the next event's
 * day (the window's last day on it), so playing never crosses empty time; to the end when no event is left.
 * `nextEventDay(from)` gives the first day at or after `from` with an event shown, or null.
 */
export function playedOn(
  window: DayWindow,
  domain: DayWindow,
  days: number,
  nextEventDay?: (from: number) => number | null,
): DayWindow {
  const next = shifted(window, domain, days);
  if (!nextEventDay) return next;
  const coming = nextEventDay(next.start);
  if (coming !== null && coming < next.end) return next;
  if (coming === null) return shifted(window, domain, domain.end - window.end);
  return shifted(window, domain, coming + 1 - window.end);
}

/**
 * Plays the time window forward: whole days per animation frame at a chosen speed, skipping stretches with no
 * event, stopping at the end.
 */
export class Playback {
  private frame = 0;
  private lastTime = 0;
  private carried = 0;
  daysPerSecond = 7;

  constructor(
    private readonly read: () => { window: DayWindow; domain: DayWindow } | null,
    private readonly write: (window: DayWindow) => void,
    private readonly onStop: () => void,
    private readonly nextEventDay?: (from: number) => number | null,
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
      const next = playedOn(state.window, state.domain, days, this.nextEventDay);
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

/**
 * The timeline's player (fetched on the first press of Play): plays the controller's window, skipping what the
 * filters hide; playing from the whole span starts with a window of a tenth of it (at least a week) at its start.
 */
export function timelinePlayback(
  controller: TimelineController,
  store: MarsadStore,
  onStop: () => void,
): Playback {
  return new Playback(
    () => {
      const current = controller.current();
      if (!current || store.getState().timeWindow !== null) return current;
      const { domain } = current;
      const length = Math.max(7, Math.round((domain.end - domain.start) / 10));
      return { domain, window: { start: domain.start, end: domain.start + length } };
    },
    (window) => controller.setWindow(window),
    onStop,
    (from) => controller.nextEventDay(from),
  );
}
