import type { PaddingOptions } from 'maplibre-gl';

/**
 * What may lie over the map: its own buttons, legend, attribution and panels, and on a phone the views laid
 * over it (the event list's sheet). Only those on screen and overlapping the map count.
 */
const OVERLAYS = [
  '.map-tools',
  '.map-legend',
  '.map-overlay',
  '.maplibregl-ctrl-bottom-left',
  '.maplibregl-ctrl-bottom-right',
  '.maplibregl-ctrl-top-left',
  '.maplibregl-ctrl-top-right',
].join(',');
const PANELS_OVER_THE_MAP = '.evidence-column, .sidebar';

/** Room left around the events inside the free part of the map. */
const MARGIN = 24;
/** The free part of the map is never made narrower or shorter than this (MapLibre would refuse to fit). */
const MIN_FREE = 80;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Padding for fitting events into the part of the map no overlay covers: each overlay pushes in the side of the
 * map it sits against (the one that costs the least room), so no fitted event lies under a button, the legend or
 * a panel. `frame` is the element holding the map and its overlays.
 */
export function overlayPadding(frame: HTMLElement, map: Box): PaddingOptions {
  const padding = { top: 0, left: 0, bottom: 0, right: 0 };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const overlays = [
    ...frame.querySelectorAll<HTMLElement>(OVERLAYS),
    ...document.querySelectorAll<HTMLElement>(PANELS_OVER_THE_MAP),
  ];
  for (const overlay of overlays) {
    if (overlay.getClientRects().length === 0) continue;
    const box = overlay.getBoundingClientRect();
    const top = Math.min(box.top, map.bottom);
    const bottom = Math.max(box.bottom, map.top);
    const left = Math.min(box.left, map.right);
    const right = Math.max(box.right, map.left);
    if (box.width === 0 || box.height === 0 || bottom <= top || right <= left) continue;
    // Outside the map (a side column next to it on a wide screen): nothing to avoid.
    if (box.bottom <= map.top || box.top >= map.bottom || box.right <= map.left || box.left >= map.right)
      continue;
    const sides = [
      ['top', bottom - map.top, width],
      ['bottom', map.bottom - top, width],
      ['left', right - map.left, height],
      ['right', map.right - left, height],
    ] as const;
    // The side whose padding leaves the largest free area.
    let best: (typeof sides)[number] = sides[0];
    for (const side of sides) {
      const lost = side[1] * side[2];
      if (lost < best[1] * best[2]) best = side;
    }
    padding[best[0]] = Math.max(padding[best[0]], best[1]);
  }
  const fit = (start: number, end: number, size: number): [number, number] => {
    const a = start + MARGIN;
    const b = end + MARGIN;
    const free = size - a - b;
    if (free >= MIN_FREE) return [a, b];
    // Not enough room: shrink both sides alike until the free part is MIN_FREE (or the whole map).
    const excess = Math.min(a + b, MIN_FREE - free);
    const share = a + b > 0 ? excess / (a + b) : 0;
    return [Math.max(0, a - a * share), Math.max(0, b - b * share)];
  };
  const [top, bottom] = fit(padding.top, padding.bottom, height);
  const [left, right] = fit(padding.left, padding.right, width);
  return { top, bottom, left, right };
}
