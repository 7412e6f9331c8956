import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MarsadStore } from '../store/store';
import type { UiLanguage } from '../store/ui-slice';
import { SUB_EVENT_TYPES } from '../store/event-index';
import { selectWindowView } from '../store/selectors/event-selectors';
import { typeLabel, formatDay } from '../events/event-labels';
import { formatNumber } from '../ui/message-format';
import { TYPE_COLOURS } from '../map/event-style';
import { mapToolsText } from '../map/map-tools-text';
import { datedFileName } from './download';

/**
 * The map as a PNG for a report, made on this machine: the map's own frame as drawn now, with a title and what
 * is shown, the legend, and the timeline (histogram, window and dates) under it. Fetched when first used.
 */

const FONT_FAMILY = "'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif";
const INK = '#2b2a27';
const MUTED = '#5f5b53';
const PAPER = '#ffffff';
const LINE = '#d9d4ca';

/** The map's pixels as drawn now: a frame drawn synchronously, read before the browser clears it. */
export function mapSnapshot(map: MapLibreMap): HTMLCanvasElement {
  map.redraw();
  const source = map.getCanvas();
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  return copy;
}

function font(size: number, weight = 400): string {
  return `${weight} ${size}px ${FONT_FAMILY}`;
}

/** Text drawn from the start edge of the language (right in Arabic). */
function startText(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  width: number,
  rtl: boolean,
): void {
  context.direction = rtl ? 'rtl' : 'ltr';
  context.textAlign = 'start';
  context.fillText(text, rtl ? x + width : x, y, width);
}

/** The legend box: one coloured dot per event type, then the shapes; placed at the map's bottom start corner. */
function drawLegend(
  context: CanvasRenderingContext2D,
  language: UiLanguage,
  mapWidth: number,
  mapBottom: number,
  rtl: boolean,
): void {
  const rows: { colour: string | null; ring?: boolean; text: string }[] = SUB_EVENT_TYPES.map((type, i) => ({
    colour: TYPE_COLOURS[i] ?? '#555',
    text: typeLabel(type, language),
  }));
  rows.push(
    { colour: '#555555', text: mapToolsText(language, 'exactPlace') },
    { colour: 'rgba(85,85,85,0.55)', text: mapToolsText(language, 'nearPlace') },
    { colour: null, ring: true, text: mapToolsText(language, 'regionOnly') },
    { colour: '#888888', text: mapToolsText(language, 'sizeByFatalities') },
  );
  context.font = font(12);
  const textWidth = Math.max(...rows.map((row) => context.measureText(row.text).width));
  const width = Math.min(mapWidth - 24, textWidth + 36);
  const rowHeight = 17;
  const height = rows.length * rowHeight + 12;
  const x = rtl ? mapWidth - width - 10 : 10;
  const y = mapBottom - height - 10;
  context.fillStyle = 'rgba(255,255,255,0.93)';
  context.strokeStyle = LINE;
  context.lineWidth = 1;
  context.fillRect(x, y, width, height);
  context.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);
  rows.forEach((row, i) => {
    const cy = y + 6 + i * rowHeight + rowHeight / 2;
    const dotX = rtl ? x + width - 14 : x + 14;
    context.beginPath();
    context.arc(dotX, cy, row.ring ? 6 : 5, 0, Math.PI * 2);
    if (row.colour) {
      context.fillStyle = row.colour;
      context.fill();
    }
    if (row.ring) {
      context.strokeStyle = '#555555';
      context.lineWidth = 2;
      context.stroke();
    }
    context.fillStyle = INK;
    context.textBaseline = 'middle';
    startText(context, row.text, rtl ? x + 6 : x + 26, cy, width - 32, rtl);
  });
  context.textBaseline = 'alphabetic';
}

/** Leaf elements with text under a root: the timeline's axis dates and its count scale or lane names. */
function textLeaves(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter(
    (element) => element.children.length === 0 && (element.textContent ?? '').trim().length > 0,
  );
}

/**
 * The timeline as on screen: its chart canvas, the shade outside the window, the window's band, and its texts
 * (dates on the axis, the count scale or lanes), drawn into a strip `width` pixels wide.
 */
function drawTimeline(
  context: CanvasRenderingContext2D,
  timeline: HTMLElement,
  top: number,
  width: number,
): number {
  const body = timeline.querySelector<HTMLElement>('.timeline-body') ?? timeline;
  const bodyBox = body.getBoundingClientRect();
  if (bodyBox.width === 0 || bodyBox.height === 0) return 0;
  const scale = Math.min(1, width / bodyBox.width);
  const place = (box: DOMRect) => ({
    x: (box.left - bodyBox.left) * scale,
    y: top + (box.top - bodyBox.top) * scale,
    width: box.width * scale,
    height: box.height * scale,
  });
  const chart = body.querySelector<HTMLCanvasElement>('canvas');
  if (chart && chart.width > 0 && chart.height > 0) {
    const at = place(chart.getBoundingClientRect());
    context.drawImage(chart, at.x, at.y, at.width, at.height);
  }
  for (const shade of body.querySelectorAll<HTMLElement>('.timeline-shade')) {
    if (shade.getClientRects().length === 0) continue;
    const at = place(shade.getBoundingClientRect());
    context.fillStyle = 'rgba(60,58,54,0.16)';
    context.fillRect(at.x, at.y, at.width, at.height);
  }
  const band = body.querySelector<HTMLElement>('.timeline-band');
  if (band && band.getClientRects().length > 0) {
    const at = place(band.getBoundingClientRect());
    context.strokeStyle = INK;
    context.lineWidth = 1.5;
    context.strokeRect(at.x, at.y, at.width, at.height);
  }
  context.fillStyle = MUTED;
  context.textBaseline = 'middle';
  for (const leaf of textLeaves(body)) {
    const style = getComputedStyle(leaf);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const at = place(leaf.getBoundingClientRect());
    if (at.width === 0) continue;
    context.font = font(Math.max(9, Number.parseFloat(style.fontSize) * scale || 11));
    context.direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
    context.textAlign = 'center';
    context.fillText((leaf.textContent ?? '').trim(), at.x + at.width / 2, at.y + at.height / 2);
  }
  context.textBaseline = 'alphabetic';
  return bodyBox.height * scale;
}

/**
 * Composes the PNG: a header (title, how many events are shown, the time window), the map's frame with the
 * legend on it, the timeline under it and the basemap's sources. Its width is the map's as drawn on screen
 * (in device pixels).
 */
export async function composeMapImage(map: MapLibreMap, store: MarsadStore): Promise<HTMLCanvasElement> {
  const state = store.getState();
  const language = state.language;
  const rtl = language === 'ar';
  await Promise.all([
    document.fonts.load(font(14, 600), 'Marsad'),
    document.fonts.load(font(12), 'مرصد'),
  ]).catch(() => undefined);
  const snapshot = mapSnapshot(map);
  const ratio = snapshot.width / Math.max(1, map.getCanvas().clientWidth);
  const width = snapshot.width / ratio;
  const mapHeight = snapshot.height / ratio;
  const timeline = document.querySelector<HTMLElement>('.timeline');
  const timelineHeight = timeline
    ? Math.min(220, (timeline.querySelector('.timeline-body') ?? timeline).getBoundingClientRect().height)
    : 0;
  const headerHeight = 46;
  const footerHeight = 22;
  const height = headerHeight + mapHeight + (timelineHeight > 0 ? timelineHeight + 8 : 0) + footerHeight;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(ratio, ratio);
  context.fillStyle = PAPER;
  context.fillRect(0, 0, width, height);

  // Header: the title, then what is shown.
  const view = selectWindowView(state);
  const total = view.filtered.index.count;
  const window = state.timeWindow;
  const counts = {
    shown: formatNumber(view.count, language),
    total: formatNumber(total, language),
  };
  const shownLine = window
    ? mapToolsText(language, 'exportShown', {
        ...counts,
        start: formatDay(window.start, language),
        end: formatDay(window.end - 1, language),
      })
    : mapToolsText(language, 'exportShownAll', counts);
  context.fillStyle = INK;
  context.font = font(15, 600);
  startText(context, mapToolsText(language, 'exportTitle'), 10, 19, width - 20, rtl);
  context.fillStyle = MUTED;
  context.font = font(12);
  startText(context, shownLine, 10, 37, width - 20, rtl);

  context.drawImage(snapshot, 0, headerHeight, width, mapHeight);
  context.strokeStyle = LINE;
  context.strokeRect(0.5, headerHeight + 0.5, width - 1, mapHeight - 1);
  drawLegend(context, language, width, headerHeight + mapHeight, rtl);

  let y = headerHeight + mapHeight + 8;
  if (timeline && timelineHeight > 0) {
    context.save();
    context.beginPath();
    context.rect(0, y, width, timelineHeight);
    context.clip();
    drawTimeline(context, timeline, y, width);
    context.restore();
    y += timelineHeight;
  }
  context.fillStyle = MUTED;
  context.font = font(10);
  startText(context, mapToolsText(language, 'exportSources'), 10, y + 15, width - 20, rtl);
  return canvas;
}

/** The composed image, saved through the browser's download as "marsad-map-<date>.png". */
export async function exportMapPng(map: MapLibreMap, store: MarsadStore): Promise<void> {
  const canvas = await composeMapImage(map, store);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(mapToolsText(store.getState().language, 'exportFailed'));
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = datedFileName('marsad-map', 'png');
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
