import type { UiLanguage } from '../store/ui-slice';
import type { DaySpan, Histogram } from './bins';
import { countTicks, dateTicks } from './time-ticks';
import type { TimeScale } from './time-scale';

/**
 * The timeline's drawing, fetched once the first view has settled (not part of the first load): the histogram
 * stacked by type with its count scale, or one lane per event type with its count; the lane of imprecise
 * events; the date axis. Redrawn when the events, filters, size, language or mode change — never while
 * scrubbing (the window is a DOM overlay placed by the controller). It imports no module of the first view
 * (what it needs comes in `TimelinePaint`), so fetching it does not make the bundler split the first view's code.
 */

export const HISTOGRAM_TOP = 8;
export const SPAN_LANE_HEIGHT = 14;
export const AXIS_HEIGHT = 18;
/** One lane per event type in the lanes view. */
export const LANE_HEIGHT = 22;

const AXIS_COLOUR = '#b9b4aa';
const GRID_COLOUR = 'rgba(60, 58, 54, 0.12)';

/** The few words the drawing writes (the controls' words are in i18n.ts). */
const WORDS: Record<UiLanguage, Record<'perDay' | 'perWeek' | 'countScale', string>> = {
  en: { perDay: 'per day', perWeek: 'per week', countScale: 'Events per bar' },
  ar: { perDay: 'في اليوم', perWeek: 'في الأسبوع', countScale: 'الأحداث في كل عمود' },
};

export interface TimelinePaint {
  canvas: HTMLCanvasElement;
  /** The column beside the track holding the count scale or the lanes' names and counts. */
  gutter: HTMLElement;
  track: HTMLElement;
  /** The row under the chart holding the date labels (text in the page, over the canvas's tick marks). */
  axis: HTMLElement;
  scale: TimeScale;
  histogram: Histogram;
  /** The week- and month-precision events as spans. */
  spans: DaySpan[];
  /** Each event type in SUB_EVENT_TYPES order: its name, the interface's name, colour and dated shown events. */
  types: readonly { key: string; label: string; colour: string; count: number }[];
  language: UiLanguage;
  /** The interface's locale for dates (NUMBER_LOCALES). */
  locale: string;
  /** A number as the interface writes it. */
  formatNumber: (value: number) => string;
  lanes: boolean;
}

/** The height the track needs: the CSS height for the histogram, one row per type present for the lanes. */
export function lanesHeight(laneCount: number): number {
  return HISTOGRAM_TOP + laneCount * LANE_HEIGHT + 4 + AXIS_HEIGHT;
}

function prepare(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  return context;
}

function binEdges(scale: TimeScale, histogram: Histogram, bin: number): { left: number; width: number } {
  const first = histogram.start + bin * histogram.size;
  const a = scale.x(first);
  const b = scale.x(first + histogram.size);
  return { left: Math.min(a, b) + 0.5, width: Math.max(1, Math.abs(b - a) - 1) };
}

function gutterLabel(className: string, top: number, text: string): HTMLElement {
  const label = document.createElement('div');
  label.className = className;
  label.style.top = `${top}px`;
  label.textContent = text;
  return label;
}

/** Bars stacked by type, gridlines at round counts, and the scale's labels in the gutter. */
function drawHistogram(
  context: CanvasRenderingContext2D,
  input: TimelinePaint,
  histogram: Histogram,
  barsBottom: number,
): void {
  const { scale, gutter, language, formatNumber } = input;
  const barsHeight = barsBottom - HISTOGRAM_TOP;
  const unit = histogram.maxTotal > 0 ? barsHeight / histogram.maxTotal : 0;
  const labels: HTMLElement[] = [];
  if (histogram.maxTotal > 0) {
    context.strokeStyle = GRID_COLOUR;
    context.beginPath();
    const maxY = barsBottom - histogram.maxTotal * unit;
    for (const count of countTicks(histogram.maxTotal)) {
      const y = Math.round(barsBottom - count * unit) + 0.5;
      context.moveTo(0, y);
      context.lineTo(scale.width, y);
      // The baseline, and a round count too close to the maximum's label, are left to their gridline.
      if (count === 0 || y - maxY < 11) continue;
      labels.push(gutterLabel('timeline-count-tick', y, formatNumber(count)));
    }
    context.moveTo(0, Math.round(maxY) + 0.5);
    context.lineTo(scale.width, Math.round(maxY) + 0.5);
    context.stroke();
    const max = gutterLabel('timeline-count-max', maxY, formatNumber(histogram.maxTotal));
    labels.push(max);
  }
  const words = WORDS[language];
  // What a bar counts, in the axis row under the scale.
  const caption = gutterLabel(
    'timeline-count-unit',
    barsBottom + SPAN_LANE_HEIGHT + 4,
    histogram.size === 1 ? words.perDay : words.perWeek,
  );
  labels.push(caption);
  gutter.replaceChildren(...labels);
  gutter.title = words.countScale;

  for (let bin = 0; bin < histogram.binCount; bin++) {
    const { left, width } = binEdges(scale, histogram, bin);
    let top = barsBottom;
    for (let type = 0; type < histogram.typeCount; type++) {
      const count = histogram.counts[bin * histogram.typeCount + type] ?? 0;
      if (!count) continue;
      const barHeight = count * unit;
      top -= barHeight;
      context.fillStyle = input.types[type]?.colour ?? '#888';
      context.fillRect(left, top, width, barHeight);
    }
  }
}

/**
 * One lane per type present, bars on a scale shared by every lane (heights compare across types; a bin with
 * any event is at least a sliver), each lane's imprecise events as a line along its foot, and in the gutter the
 * type's colour, name and count.
 */
function drawLanes(
  context: CanvasRenderingContext2D,
  input: TimelinePaint,
  histogram: Histogram,
  spans: DaySpan[],
  lanes: number[],
): void {
  const { scale, gutter } = input;
  let maxCount = 0;
  for (const count of histogram.counts) if (count > maxCount) maxCount = count;
  const barRoom = LANE_HEIGHT - 6;
  const labels: HTMLElement[] = [];
  lanes.forEach((type, lane) => {
    const info = input.types[type];
    const top = HISTOGRAM_TOP + lane * LANE_HEIGHT;
    const bottom = top + LANE_HEIGHT - 3;
    if (lane % 2 === 1) {
      context.fillStyle = 'rgba(60, 58, 54, 0.035)';
      context.fillRect(0, top, scale.width, LANE_HEIGHT);
    }
    context.fillStyle = info?.colour ?? '#888';
    for (let bin = 0; bin < histogram.binCount; bin++) {
      const count = histogram.counts[bin * histogram.typeCount + type] ?? 0;
      if (!count) continue;
      const { left, width } = binEdges(scale, histogram, bin);
      const height = Math.max(1.5, (count / Math.max(1, maxCount)) * barRoom);
      context.fillRect(left, bottom - height, width, height);
    }
    context.globalAlpha = 0.45;
    for (const span of spans) {
      if (span.type !== type) continue;
      const a = scale.x(span.start);
      const b = scale.x(span.end);
      context.fillRect(Math.min(a, b), bottom + 0.5, Math.max(2, Math.abs(b - a)), 2);
    }
    context.globalAlpha = 1;

    const label = gutterLabel('timeline-lane-label', top, '');
    label.dataset['type'] = info?.key ?? '';
    label.style.height = `${LANE_HEIGHT}px`;
    const swatch = document.createElement('span');
    swatch.className = 'timeline-lane-swatch';
    swatch.style.background = info?.colour ?? '#888';
    const text = document.createElement('span');
    text.className = 'timeline-lane-name';
    text.textContent = info?.label ?? '';
    label.title = text.textContent;
    const count = document.createElement('span');
    count.className = 'timeline-lane-count';
    count.textContent = input.formatNumber(info?.count ?? 0);
    label.append(swatch, text, count);
    labels.push(label);
  });
  gutter.replaceChildren(...labels);
  gutter.removeAttribute('title');
}

/** Imprecise events in the histogram view: thin spans in their own lane, stacked on a few rows. */
function drawSpans(context: CanvasRenderingContext2D, input: TimelinePaint, top: number): void {
  const { scale, spans } = input;
  const rows = 4;
  const rowHeight = (SPAN_LANE_HEIGHT - 2) / rows;
  context.globalAlpha = spans.length > 200 ? 0.35 : 0.8;
  spans.forEach((span, i) => {
    const a = scale.x(span.start);
    const b = scale.x(span.end);
    context.fillStyle = input.types[span.type]?.colour ?? '#888';
    context.fillRect(
      Math.min(a, b),
      top + 2 + (i % rows) * rowHeight,
      Math.max(2, Math.abs(b - a)),
      rowHeight - 1,
    );
  });
  context.globalAlpha = 1;
}

/**
 * The date axis: a mark at each tick, a faint line up through the chart where the year changes, and labels —
 * those naming a year first, then the others wherever they do not run into one already placed.
 */
function drawAxis(
  context: CanvasRenderingContext2D,
  axis: HTMLElement,
  scale: TimeScale,
  locale: string,
  height: number,
  chartTop: number,
): void {
  const { width } = scale;
  const axisY = height - AXIS_HEIGHT;
  const rtl = scale.rtl;
  const ticks = dateTicks(scale.domain, scale.dayWidth, locale);
  context.strokeStyle = AXIS_COLOUR;
  context.beginPath();
  context.moveTo(0, axisY + 0.5);
  context.lineTo(width, axisY + 0.5);
  for (const tick of ticks) {
    const x = Math.round(scale.x(tick.day)) + 0.5;
    context.moveTo(x, axisY);
    context.lineTo(x, axisY + (tick.strong ? 6 : 4));
  }
  context.stroke();
  context.strokeStyle = GRID_COLOUR;
  context.beginPath();
  ticks.forEach((tick, i) => {
    if (!tick.strong || i === 0) return;
    const x = Math.round(scale.x(tick.day)) + 0.5;
    context.moveTo(x, chartTop);
    context.lineTo(x, axisY);
  });
  context.stroke();

  const placed: { left: number; right: number }[] = [];
  const labels: HTMLElement[] = [];
  // Labels are measured in the font the page draws them in.
  const family = getComputedStyle(axis).fontFamily || 'sans-serif';
  const place = (strong: boolean) => {
    context.font = `${strong ? 700 : 400} 11px ${family}`;
    for (const tick of ticks) {
      if (tick.strong !== strong) continue;
      const textWidth = context.measureText(tick.label).width;
      const x = scale.x(tick.day);
      // The label follows its tick in the direction time runs, kept inside the track.
      let left = rtl ? x - 3 - textWidth : x + 3;
      left = Math.min(width - textWidth - 1, Math.max(1, left));
      const right = left + textWidth;
      if (placed.some((other) => left < other.right + 6 && right > other.left - 6)) continue;
      placed.push({ left, right });
      const label = document.createElement('span');
      label.className = strong ? 'timeline-tick timeline-tick-year' : 'timeline-tick';
      label.style.left = `${left}px`;
      label.textContent = tick.label;
      labels.push(label);
    }
  };
  place(true);
  place(false);
  axis.replaceChildren(...labels);
}

/** Draws the whole timeline for the current events, filters, size, language and mode. */
export function paintTimeline(input: TimelinePaint): void {
  const { canvas, track, scale, histogram } = input;
  const types = input.lanes ? input.types.flatMap((type, i) => (type.count > 0 ? [i] : [])) : [];
  const wanted = types.length > 0 ? `${lanesHeight(types.length)}px` : '';
  // The lanes view is as tall as its lanes; the histogram has the stylesheet's height.
  if (track.style.height !== wanted) track.style.height = wanted;
  const height = types.length > 0 ? lanesHeight(types.length) : canvas.clientHeight;
  const context = prepare(canvas, scale.width, height);
  if (!context) return;
  if (types.length > 0) drawLanes(context, input, histogram, input.spans, types);
  else {
    const chartBottom = height - AXIS_HEIGHT - SPAN_LANE_HEIGHT;
    drawHistogram(context, input, histogram, chartBottom);
    drawSpans(context, input, chartBottom);
  }
  drawAxis(context, input.axis, scale, input.locale, height, HISTOGRAM_TOP);
}
