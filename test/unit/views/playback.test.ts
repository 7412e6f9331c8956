import { describe, it, expect, vi, afterEach } from 'vitest';
import { Playback } from '../../../src/timeline/playback';
import type { DayWindow } from '../../../src/store/days';

/** Animation frames driven by hand: each call to `frame(ms)` runs the pending callback at that time. */
function manualFrames() {
  let pending: FrameRequestCallback | null = null;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    pending = callback;
    return 1;
  });
  vi.stubGlobal('cancelAnimationFrame', () => (pending = null));
  vi.spyOn(performance, 'now').mockReturnValue(0);
  return {
    frame: (time: number) => {
      const callback = pending;
      pending = null;
      callback?.(time);
    },
    running: () => pending !== null,
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('playing the timeline', () => {
  const domain = { start: 0, end: 100 };

  it('moves the window forward by whole days at the chosen speed', () => {
    const frames = manualFrames();
    let window: DayWindow = { start: 10, end: 17 };
    const playback = new Playback(
      () => ({ window, domain }),
      (next) => (window = next),
      () => undefined,
    );
    playback.daysPerSecond = 7;
    playback.play();
    frames.frame(500);
    expect(window).toEqual({ start: 13, end: 20 });
    frames.frame(1000);
    expect(window).toEqual({ start: 17, end: 24 });
  });

  it('stops by itself at the end of the span', () => {
    const frames = manualFrames();
    let window: DayWindow = { start: 90, end: 97 };
    let stopped = false;
    const playback = new Playback(
      () => ({ window, domain }),
      (next) => (window = next),
      () => (stopped = true),
    );
    playback.daysPerSecond = 30;
    playback.play();
    frames.frame(1000);
    expect(window).toEqual({ start: 93, end: 100 });
    expect(stopped).toBe(true);
    expect(playback.playing).toBe(false);
  });

  it('stays put once paused', () => {
    const frames = manualFrames();
    let window: DayWindow = { start: 10, end: 17 };
    const playback = new Playback(
      () => ({ window, domain }),
      (next) => (window = next),
      () => undefined,
    );
    playback.play();
    playback.pause();
    frames.frame(5000);
    expect(window).toEqual({ start: 10, end: 17 });
    expect(frames.running()).toBe(false);
  });
});
