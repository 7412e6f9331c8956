import { describe, it, expect } from 'vitest';
import type { CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { buildEventIndex } from '../../../src/store/event-index';
import { EMPTY_FILTERS } from '../../../src/store/filters-slice';
import { filterEvents, type FilteredEvents } from '../../../src/store/selectors/filtered-events';
import { EventPointsLayer } from '../../../src/map/event-points-layer';
import { syntheticEvents } from '../../../src/events/synthetic-events';

/** A WebGL context that accepts every call and counts the buffer uploads. */
function countingContext(): { gl: WebGL2RenderingContext; uploads: () => number } {
  let uploads = 0;
  const gl = new Proxy(
    {},
    {
      get: (_target, name) => {
        if (name === 'bufferData') return () => uploads++;
        // Shaders, programs and buffers are tokens; every status query answers "fine".
        return () => ({});
      },
    },
  ) as unknown as WebGL2RenderingContext;
  return { gl, uploads: () => uploads };
}

/** A map that counts repaint requests (the layer asks for a frame after each change). */
function countingMap(): { map: MapLibreMap; repaints: () => number } {
  let repaints = 0;
  const map = { triggerRepaint: () => repaints++ } as unknown as MapLibreMap;
  return { map, repaints: () => repaints };
}

const frame = {
  defaultProjectionData: { mainMatrix: new Float32Array(16) },
} as unknown as CustomRenderMethodInput;

// The layer reads the device pixel ratio from the page.
(globalThis as { window?: unknown }).window ??= { devicePixelRatio: 1 };

describe('events reaching the map after upload commits', () => {
  it('reads and uploads the events once for a burst of commits before the next frame', () => {
    const { gl, uploads } = countingContext();
    const { map, repaints } = countingMap();
    const layer = new EventPointsLayer('points');
    layer.onAdd(map, gl);
    let current = filterEvents(buildEventIndex(syntheticEvents(200, 1)), EMPTY_FILTERS);
    let reads = 0;
    layer.setSource(() => {
      reads++;
      return current;
    });
    for (let batch = 2; batch <= 6; batch++) {
      current = filterEvents(buildEventIndex(syntheticEvents(200 * batch, 1)), EMPTY_FILTERS);
      layer.invalidate();
    }
    expect(reads).toBe(0);
    expect(repaints()).toBeGreaterThan(0);
    layer.render(gl, frame);
    expect(reads).toBe(1);
    expect(uploads()).toBe(1);
  });

  it('draws the last commit, not an earlier one', () => {
    const { gl } = countingContext();
    const { map } = countingMap();
    const layer = new EventPointsLayer('points');
    layer.onAdd(map, gl);
    const batches: FilteredEvents[] = [100, 300, 500].map((count) =>
      filterEvents(buildEventIndex(syntheticEvents(count, 4)), EMPTY_FILTERS),
    );
    let latest = batches[0] as FilteredEvents;
    layer.setSource(() => latest);
    for (const batch of batches) {
      latest = batch;
      layer.invalidate();
    }
    layer.render(gl, frame);
    // The layer's count of what it drew uses the events it read: every located event of the last batch.
    const last = batches[2] as FilteredEvents;
    expect(layer.drawnCount()).toBe(last.index.count - last.index.unlocatedCount);
  });

  it('does not upload again when a frame finds nothing changed', () => {
    const { gl, uploads } = countingContext();
    const { map } = countingMap();
    const layer = new EventPointsLayer('points');
    layer.onAdd(map, gl);
    const events = filterEvents(buildEventIndex(syntheticEvents(300, 2)), EMPTY_FILTERS);
    layer.setSource(() => events);
    layer.render(gl, frame);
    layer.invalidate();
    layer.render(gl, frame);
    layer.render(gl, frame);
    expect(uploads()).toBe(1);
  });
});
