/** A point the user clicked on the map. */
export interface PickedPoint {
  latitude: number;
  longitude: number;
}

/**
 * Waits for one click on the map and resolves with its point (null if the map is not there or Escape is
 * pressed). Uses the app's one map controller; the crosshair cursor shows the map is waiting.
 */
export function pickPointOnMap(): Promise<PickedPoint | null> {
  const map = window.__marsadMap?.map;
  if (!map) return Promise.resolve(null);
  const canvas = map.getCanvasContainer();
  return new Promise((resolve) => {
    const finish = (point: PickedPoint | null) => {
      map.off('click', onClick);
      window.removeEventListener('keydown', onKey);
      canvas.style.cursor = '';
      resolve(point);
    };
    const onClick = (event: { lngLat: { lat: number; lng: number } }) =>
      finish({ latitude: round(event.lngLat.lat), longitude: round(event.lngLat.lng) });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') finish(null);
    };
    canvas.style.cursor = 'crosshair';
    map.on('click', onClick);
    window.addEventListener('keydown', onKey);
  });
}

/** Five decimals: about a metre, more than any news report gives. */
function round(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}
