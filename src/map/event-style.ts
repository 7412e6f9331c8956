import { SUB_EVENT_TYPES } from '../store/event-index';

/** One colour per sub-event type (SUB_EVENT_TYPES order): strikes warm, ground fighting cool. */
export const TYPE_COLOURS: readonly string[] = [
  '#d7301f', // Air/drone strike
  '#f28e2b', // Shelling/artillery/missile attack
  '#8c564b', // Remote explosive/landmine/IED
  '#6a3d9a', // Suicide bomb
  '#1f78b4', // Armed clash
  '#2ca25f', // Government regains territory
  '#17becf', // Non-state actor overtakes territory
];

if (TYPE_COLOURS.length !== SUB_EVENT_TYPES.length) {
  throw new Error('TYPE_COLOURS needs one colour per sub-event type');
}

/** Radius in CSS pixels for a fatality count (-1 = unknown): area grows with the count, capped. */
export function radiusForFatalities(fatalities: number): number {
  if (fatalities <= 0) return 4;
  return Math.min(22, 4 + 2.2 * Math.sqrt(fatalities));
}

/** Region-level events (geo precision 3) are drawn as large hollow rings, never as a precise dot. */
export const REGION_MIN_RADIUS = 12;

export function drawnRadius(fatalities: number, geoPrecision: number): number {
  const radius = radiusForFatalities(fatalities);
  return geoPrecision === 3 ? Math.max(REGION_MIN_RADIUS, radius) : radius;
}

/** "#rrggbb" → [r, g, b] in 0..1. */
export function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255];
}
