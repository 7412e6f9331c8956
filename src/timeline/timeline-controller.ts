import type { DayWindow } from '../store/days';
import { isoFromDay } from '../store/days';
import type { MarsadState, MarsadStore } from '../store/store';
import { selectEventIndex, selectFilteredEvents } from '../store/selectors/event-selectors';
import { lowerBound } from '../store/selectors/window-view';
import { SUB_EVENT_TYPES, UNDATED_DAY } from '../store/event-index';
import { whenIdle } from '../store/when-idle';
import { TYPE_COLOURS } from '../map/event-style';
import { typeLabel } from '../events/event-labels';
import { formatNumber, NUMBER_LOCALES } from '../ui/message-format';
import { buildHistogram, chooseBinSize, datedCountsByType, impreciseSpans, timelineDomain } from './bins';
import { createTimeScale, windowText, type TimeScale } from './time-scale';
import { effectiveWindow, keyStep, shifted, withEnd, withStart } from './window-moves';

export interface TimelineElements {
  track: HTMLElement;
  canvas: HTMLCanvasElement;
  band: HTMLElement;
  startHandle: HTMLElement;
  endHandle: HTMLElement;
  shadeBefore: HTMLElement;
  shadeAfter: HTMLElement;
  /** The column beside the track: the count scale, or the lanes' names and counts. */
  gutter: HTMLElement;
  /** The row of date labels under the chart. */
  axis: HTMLElement;
  /** The window's dates as text. */
  windowText: HTMLElement;
}

type Painter = typeof import('./timeline-canvas');

/** An idle period this long means the first view has drawn and stopped (no frame pending). */
const QUIET_MS = 40;
const LONGEST_WAIT_MS = 5000;

/**
 * Calls back once the page has gone quiet (an idle period of QUIET_MS, or LONGEST_WAIT_MS after the first try),
 * so the drawing code is not fetched before the first map shows its events. Returns the function that cancels.
 */
function afterQuiet(task: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') return whenIdle(task, 50);
  const giveUpAt = performance.now() + LONGEST_WAIT_MS;
  const check = (deadline: IdleDeadline) => {
    if (deadline.timeRemaining() >= QUIET_MS || deadline.didTimeout || performance.now() >= giveUpAt) task();
    else handle = requestIdleCallback(check, { timeout: LONGEST_WAIT_MS });
  };
  let handle = requestIdleCallback(check, { timeout: LONGEST_WAIT_MS });
  return () => cancelIdleCallback(handle);
}

/** The first day at or after `from` on which one of the days (ascending, undated last) falls, or null. */
export function nextDayFrom(days: Int32Array, from: number): number | null {
  const day = days[lowerBound(days, from)];
  return day === undefined || day === UNDATED_DAY ? null : day;
}

type Drag = { kind: 'start' | 'end' } | { kind: 'band'; fromDay: number; window: DayWindow };

/**
 * The timeline's imperative core, outside React: draws the histogram, positions the window overlay and the
 * two sliders straight in the DOM on every time-window change, and turns drags and keys into store updates
 * (origin 'timeline').
 */
export class TimelineController {
  private scale: TimeScale | null = null;
  private drag: Drag | null = null;
  private drawFrame = 0;
  private drawTimer: ReturnType<typeof setTimeout> | null = null;
  private lanes = false;
  /** The drawing code once fetched; until then the window and sliders work over an empty track. */
  private painter: Painter | null = null;
  private painterWanted = false;
  private removed = false;
  /** What `placeWindow` last wrote, so a scrub frame touches only what moved. */
  private readonly placed: { disabled: boolean | null; scale: TimeScale | null; start: number; end: number } =
    {
      disabled: null,
      scale: null,
      start: NaN,
      end: NaN,
    };
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly store: MarsadStore,
    private readonly elements: TimelineElements,
  ) {
    this.cleanups.push(
      store.subscribe((state, previous) => {
        // Compares the inputs, not the derived events: nothing is derived until the frame draws.
        if (
          state.events !== previous.events ||
          state.filters !== previous.filters ||
          state.language !== previous.language
        ) {
          this.scheduleDraw(true);
        } else if (state.timeWindow !== previous.timeWindow) {
          this.placeWindow(state);
        }
      }),
    );
    const resize = new ResizeObserver(() => this.scheduleDraw(false));
    resize.observe(elements.track);
    this.cleanups.push(() => resize.disconnect());
    this.listen(elements.startHandle, 'pointerdown', (event) => this.beginDrag(event, { kind: 'start' }));
    this.listen(elements.endHandle, 'pointerdown', (event) => this.beginDrag(event, { kind: 'end' }));
    this.listen(elements.band, 'pointerdown', (event) => this.beginBandDrag(event));
    this.listen(elements.track, 'pointerdown', (event) => this.jumpTo(event));
    this.listen(elements.track, 'pointermove', (event) => this.moveDrag(event));
    this.listen(elements.track, 'pointerup', () => (this.drag = null));
    this.listen(elements.track, 'pointercancel', () => (this.drag = null));
    this.listen(elements.startHandle, 'keydown', (event) => this.onKey(event, 'start'));
    this.listen(elements.endHandle, 'keydown', (event) => this.onKey(event, 'end'));
    this.draw();
  }

  private listen<K extends keyof HTMLElementEventMap>(
    element: HTMLElement,
    type: K,
    handler: (event: HTMLElementEventMap[K]) => void,
  ): void {
    element.addEventListener(type, handler);
    this.cleanups.push(() => element.removeEventListener(type, handler));
  }

  private get rtl(): boolean {
    return this.store.getState().language === 'ar';
  }

  /** The domain (whole span of the events) and the window acted on, or null when nothing is dated. */
  current(): { domain: DayWindow; window: DayWindow } | null {
    const state = this.store.getState();
    const index = selectEventIndex(state);
    const domain = timelineDomain(index.firstDay, index.lastDay);
    if (!domain) return null;
    return { domain, window: effectiveWindow(state.timeWindow, domain) };
  }

  /** The first day at or after `from` with a shown (filtered, dated) event, or null: what playback skips to. */
  nextEventDay(from: number): number | null {
    return nextDayFrom(selectFilteredEvents(this.store.getState()).days, from);
  }

  /** One lane per event type, or the stacked histogram. */
  setLanes(lanes: boolean): void {
    if (this.lanes === lanes) return;
    this.lanes = lanes;
    this.elements.gutter.dataset['mode'] = lanes ? 'lanes' : 'counts';
    this.scheduleDraw(false);
  }

  setWindow(window: DayWindow): void {
    const stored = this.store.getState().timeWindow;
    if (stored && stored.start === window.start && stored.end === window.end) return;
    this.store.getState().setTimeWindow(window, 'timeline');
  }

  /**
   * Draws in the next frame, once however many changes come before it. New events or filters are drawn just
   * after that frame (`afterFrame`), so the map's frame showing them never waits for the histogram.
   */
  private scheduleDraw(afterFrame: boolean): void {
    if (this.drawFrame || this.drawTimer !== null) return;
    this.drawFrame = requestAnimationFrame(() => {
      this.drawFrame = 0;
      if (!afterFrame) {
        this.draw();
        return;
      }
      this.drawTimer = setTimeout(() => {
        this.drawTimer = null;
        this.draw();
      }, 0);
    });
  }

  private draw(): void {
    const state = this.store.getState();
    const filtered = selectFilteredEvents(state);
    const domain = timelineDomain(filtered.index.firstDay, filtered.index.lastDay);
    const width = this.elements.track.clientWidth;
    if (!domain || width <= 0) {
      this.scale = null;
      this.elements.canvas
        .getContext('2d')
        ?.clearRect(0, 0, this.elements.canvas.width, this.elements.canvas.height);
      this.placeWindow(state);
      return;
    }
    this.scale = createTimeScale(domain, width, this.rtl);
    if (this.painter) {
      const { language } = state;
      const counts = datedCountsByType(filtered);
      this.painter.paintTimeline({
        canvas: this.elements.canvas,
        gutter: this.elements.gutter,
        track: this.elements.track,
        axis: this.elements.axis,
        scale: this.scale,
        histogram: buildHistogram(filtered, domain, chooseBinSize(domain, width)),
        spans: impreciseSpans(filtered),
        types: SUB_EVENT_TYPES.map((type, i) => ({
          key: type,
          label: typeLabel(type, language),
          colour: TYPE_COLOURS[i] ?? '#888',
          count: counts[i] ?? 0,
        })),
        language,
        locale: NUMBER_LOCALES[language],
        formatNumber: (value) => formatNumber(value, language),
        lanes: this.lanes,
      });
    } else this.loadPainter();
    this.placeWindow(state);
  }

  /** Fetches the drawing code once the first view has settled, then draws. */
  private loadPainter(): void {
    if (this.painterWanted) return;
    this.painterWanted = true;
    this.cleanups.push(
      afterQuiet(() => {
        import('./timeline-canvas')
          .then((painter) => {
            this.painter = painter;
            if (!this.removed) this.scheduleDraw(false);
          })
          // Offline with the chunk missing: the sliders go on working; the next draw tries again.
          .catch(() => (this.painterWanted = false));
      }),
    );
  }

  /**
   * Positions the overlay and updates the sliders' values: the only work a scrub frame does here. Writes only
   * what changed since the last call (style and attribute writes, never a layout read).
   */
  private placeWindow(state: MarsadState): void {
    const { band, startHandle, endHandle, shadeBefore, shadeAfter, windowText: dates } = this.elements;
    const scale = this.scale;
    const disabled = !scale;
    if (this.placed.disabled !== disabled) {
      this.placed.disabled = disabled;
      band.hidden = disabled;
      for (const handle of [startHandle, endHandle]) {
        handle.hidden = disabled;
        handle.tabIndex = disabled ? -1 : 0;
      }
      shadeBefore.hidden = disabled;
      shadeAfter.hidden = disabled;
    }
    if (!scale) {
      dates.textContent = '';
      return;
    }
    const window = effectiveWindow(state.timeWindow, scale.domain);
    const placed = this.placed;
    if (placed.scale === scale && placed.start === window.start && placed.end === window.end) return;
    // A new language draws anew, with a new scale: the dates are written again in it.
    dates.textContent = windowText(window, state.language);
    const a = scale.x(window.start);
    const b = scale.x(window.end);
    const left = Math.min(a, b);
    const right = Math.max(a, b);
    band.style.left = `${left}px`;
    band.style.width = `${right - left}px`;
    shadeBefore.style.left = '0px';
    shadeBefore.style.width = `${left}px`;
    shadeAfter.style.left = `${right}px`;
    shadeAfter.style.width = `${scale.width - right}px`;
    startHandle.style.left = `${a}px`;
    endHandle.style.left = `${b}px`;
    if (placed.scale?.domain.start !== scale.domain.start || placed.scale.domain.end !== scale.domain.end) {
      for (const handle of [startHandle, endHandle]) {
        handle.setAttribute('aria-valuemin', String(scale.domain.start));
        handle.setAttribute('aria-valuemax', String(scale.domain.end - 1));
      }
    }
    if (placed.start !== window.start || placed.scale !== scale) {
      startHandle.setAttribute('aria-valuenow', String(window.start));
      startHandle.setAttribute('aria-valuetext', isoFromDay(window.start));
    }
    if (placed.end !== window.end || placed.scale !== scale) {
      endHandle.setAttribute('aria-valuenow', String(window.end - 1));
      endHandle.setAttribute('aria-valuetext', isoFromDay(window.end - 1));
    }
    placed.scale = scale;
    placed.start = window.start;
    placed.end = window.end;
  }

  private pointerX(event: PointerEvent): number {
    return event.clientX - this.elements.track.getBoundingClientRect().left;
  }

  private beginDrag(event: PointerEvent, drag: Drag): void {
    event.stopPropagation();
    event.preventDefault();
    (event.currentTarget as HTMLElement).focus();
    this.elements.track.setPointerCapture?.(event.pointerId);
    this.drag = drag;
  }

  private beginBandDrag(event: PointerEvent): void {
    const state = this.current();
    if (!state || !this.scale) return;
    this.beginDrag(event, {
      kind: 'band',
      fromDay: this.scale.dayAt(this.pointerX(event)),
      window: state.window,
    });
  }

  /** A press on the bare track moves the nearer edge of the window there. */
  private jumpTo(event: PointerEvent): void {
    const state = this.current();
    if (!state || !this.scale) return;
    const day = this.scale.boundaryAt(this.pointerX(event));
    const nearStart = Math.abs(day - state.window.start) <= Math.abs(day - state.window.end);
    this.setWindow(
      nearStart ? withStart(state.window, state.domain, day) : withEnd(state.window, state.domain, day),
    );
    this.beginDrag(event, { kind: nearStart ? 'start' : 'end' });
    (nearStart ? this.elements.startHandle : this.elements.endHandle).focus();
  }

  private moveDrag(event: PointerEvent): void {
    const drag = this.drag;
    const state = this.current();
    if (!drag || !state || !this.scale) return;
    const x = this.pointerX(event);
    if (drag.kind === 'start')
      this.setWindow(withStart(state.window, state.domain, this.scale.boundaryAt(x)));
    else if (drag.kind === 'end')
      this.setWindow(withEnd(state.window, state.domain, this.scale.boundaryAt(x)));
    else if (drag.kind === 'band') {
      this.setWindow(shifted(drag.window, state.domain, this.scale.dayAt(x) - drag.fromDay));
    }
  }

  private onKey(event: KeyboardEvent, edge: 'start' | 'end'): void {
    const state = this.current();
    const step = keyStep(event.key, event.shiftKey, this.rtl);
    if (!state || step === null) return;
    event.preventDefault();
    const { window, domain } = state;
    if (edge === 'start') {
      const start = step === 'home' ? domain.start : step === 'end' ? window.end - 1 : window.start + step;
      this.setWindow(withStart(window, domain, start));
    } else {
      const end = step === 'home' ? window.start + 1 : step === 'end' ? domain.end : window.end + step;
      this.setWindow(withEnd(window, domain, end));
    }
  }

  /** Moves the whole window by some days (the step buttons). */
  step(days: number): void {
    const state = this.current();
    if (state) this.setWindow(shifted(state.window, state.domain, days));
  }

  remove(): void {
    this.removed = true;
    if (this.drawFrame) cancelAnimationFrame(this.drawFrame);
    if (this.drawTimer !== null) clearTimeout(this.drawTimer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}
