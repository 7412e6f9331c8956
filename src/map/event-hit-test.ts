import KDBush from 'kdbush';
import type { DayWindow } from '../store/days';
import type { EventIndex } from '../store/event-index';
import type { FilteredEvents } from '../store/selectors/filtered-events';
import { isShown } from '../store/selectors/window-view';
import { drawnRadius } from './event-style';

/** Largest radius an event is drawn with, plus a margin for the pointer. */
const SEARCH_RADIUS_PX = 26;

/**
 * Hover and click hit-testing for the GL points: a KD-tree over the located events' Mercator positions,
 * queried around the pointer and checked against the same shown-rule the shader applies.
 */
export class EventHitTester {
  private tree: KDBush | null = null;
  private positions: Int32Array = new Int32Array(0);
  private index: EventIndex | null = null;

  private built = true;

  /**
   * Notes a new event index; the tree is rebuilt on the first hit-test after it (not while the events are
   * being loaded onto the map, and never on filter or window changes).
   */
  update(index: EventIndex): void {
    if (index === this.index) return;
    this.index = index;
    this.built = false;
  }

  private build(index: EventIndex): void {
    this.built = true;
    let located = 0;
    for (let i = 0; i < index.count; i++) if (index.geoPrecision[i]) located++;
    this.positions = new Int32Array(located);
    if (located === 0) {
      this.tree = null;
      return;
    }
    const tree = new KDBush(located);
    let k = 0;
    for (let i = 0; i < index.count; i++) {
      if (!index.geoPrecision[i]) continue;
      this.positions[k++] = i;
      tree.add(index.mercatorX[i] ?? 0, index.mercatorY[i] ?? 0);
    }
    tree.finish();
    this.tree = tree;
  }

  /**
   * The shown event drawn under a point (Mercator units), nearest centre first; `worldSize` is the map's size
   * in pixels at the current zoom (512 · 2^zoom). Returns an index position or -1.
   */
  eventAt(
    filtered: FilteredEvents,
    window: DayWindow | null,
    x: number,
    y: number,
    worldSize: number,
  ): number {
    return this.eventsAt(filtered, window, x, y, worldSize)[0] ?? -1;
  }

  /**
   * Every shown event drawn under a point (its circle, plus a small margin, holds the point), the one whose
   * centre is nearest relative to its size first: a stack of events at one place gives them all.
   */
  eventsAt(
    filtered: FilteredEvents,
    window: DayWindow | null,
    x: number,
    y: number,
    worldSize: number,
  ): number[] {
    if (filtered.index !== this.index) return [];
    if (!this.built) this.build(filtered.index);
    if (!this.tree) return [];
    const index = filtered.index;
    const hits: { position: number; score: number }[] = [];
    for (const id of this.tree.within(x, y, SEARCH_RADIUS_PX / worldSize)) {
      const position = this.positions[id] ?? -1;
      if (position < 0 || !isShown(filtered, window, position)) continue;
      const dx = ((index.mercatorX[position] ?? 0) - x) * worldSize;
      const dy = ((index.mercatorY[position] ?? 0) - y) * worldSize;
      const distance = Math.hypot(dx, dy);
      const radius = drawnRadius(index.fatalities[position] ?? -1, index.geoPrecision[position] ?? 1) + 3;
      if (distance > radius) continue;
      hits.push({ position, score: distance / radius });
    }
    hits.sort((a, b) => a.score - b.score || a.position - b.position);
    return hits.map((hit) => hit.position);
  }
}
