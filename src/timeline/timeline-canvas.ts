import { format } from 'date-fns';
import { ar, enGB } from 'date-fns/locale';
import { isoFromDay } from '../store/days';
import type { UiLanguage } from '../store/ui-slice';
import { TYPE_COLOURS } from '../map/event-style';
import type { DaySpan, Histogram } from './bins';
import type { TimeScale } from './time-scale';

export const HISTOGRAM_TOP = 6;
export const SPAN_LANE_HEIGHT = 14;
export const AXIS_HEIGHT = 18;

function monthStarts(scale: TimeScale): number[] {
  const starts: number[] = [];
  const first = new Date(`${isoFromDay(scale.domain.start)}T00:00:00Z`);
  const year = first.getUTCFullYear();
  let month = first.getUTCMonth() + 1;
  for (;;) {
    const day = Math.floor(Date.UTC(year, month, 1) / 86_400_000);
    if (day >= scale.domain.end) break;
    starts.push(day);
    month++;
  }
  return starts;
}

/**
 * Draws the histogram (bars stacked by type), the lane of imprecise spans and the month axis. Redrawn when
 * the events, filters, size or language change — never while scrubbing (the window is a DOM overlay).
 */
export function drawTimeline(
  canvas: HTMLCanvasElement,
  scale: TimeScale,
  histogram: Histogram,
  spans: DaySpan[],
  language: UiLanguage,
): void {
  const ratio = window.devicePixelRatio || 1;
  const width = scale.width;
  const height = canvas.clientHeight;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);

  const barsBottom = height - AXIS_HEIGHT - SPAN_LANE_HEIGHT;
  const barsHeight = barsBottom - HISTOGRAM_TOP;
  const unit = histogram.maxTotal > 0 ? barsHeight / histogram.maxTotal : 0;
  for (let bin = 0; bin < histogram.binCount; bin++) {
    const first = histogram.start + bin * histogram.size;
    const a = scale.x(first);
    const b = scale.x(first + histogram.size);
    const left = Math.min(a, b) + 0.5;
    const barWidth = Math.max(1, Math.abs(b - a) - 1);
    let top = barsBottom;
    for (let type = 0; type < histogram.typeCount; type++) {
      const count = histogram.counts[bin * histogram.typeCount + type] ?? 0;
      if (!count) continue;
      const barHeight = count * unit;
      top -= barHeight;
      context.fillStyle = TYPE_COLOURS[type] ?? '#888';
      context.fillRect(left, top, barWidth, barHeight);
    }
  }

  // Imprecise events: thin spans in their own lane, stacked on a few rows.
  const rows = 4;
  const rowHeight = (SPAN_LANE_HEIGHT - 2) / rows;
  context.globalAlpha = spans.length > 200 ? 0.35 : 0.8;
  spans.forEach((span, i) => {
    const a = scale.x(span.start);
    const b = scale.x(span.end);
    context.fillStyle = TYPE_COLOURS[span.type] ?? '#888';
    context.fillRect(
      Math.min(a, b),
      barsBottom + 2 + (i % rows) * rowHeight,
      Math.max(2, Math.abs(b - a)),
      rowHeight - 1,
    );
  });
  context.globalAlpha = 1;

  // Axis: a tick at each month start, labelled when there is room.
  context.strokeStyle = '#b9b4aa';
  context.beginPath();
  context.moveTo(0, height - AXIS_HEIGHT + 0.5);
  context.lineTo(width, height - AXIS_HEIGHT + 0.5);
  context.stroke();
  context.fillStyle = '#6d6a63';
  context.font = `11px ${language === 'ar' ? "'Noto Sans Arabic'," : ''} 'Noto Sans', sans-serif`;
  context.textAlign = language === 'ar' ? 'right' : 'left';
  context.textBaseline = 'top';
  const months = monthStarts(scale);
  const spacing = months.length > 0 ? width / months.length : width;
  const step = spacing < 60 ? Math.ceil(60 / Math.max(spacing, 1)) : 1;
  const locale = language === 'ar' ? ar : enGB;
  months.forEach((day, i) => {
    const x = Math.round(scale.x(day)) + 0.5;
    context.beginPath();
    context.moveTo(x, height - AXIS_HEIGHT);
    context.lineTo(x, height - AXIS_HEIGHT + 4);
    context.stroke();
    if (i % step !== 0) return;
    const date = new Date(`${isoFromDay(day)}T12:00:00Z`);
    const label = format(date, date.getUTCMonth() === 0 || i === 0 ? 'MMM yyyy' : 'MMM', { locale });
    const room = context.measureText(label).width + 3;
    if (language === 'ar' ? x - room < 0 : x + room > width) return;
    context.fillText(label, x + (language === 'ar' ? -3 : 3), height - AXIS_HEIGHT + 4);
  });
}
