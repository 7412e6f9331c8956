/**
 * ACLED-style event ids ("LBY" and digits) derived from Marsad's own event ids: the same event always gets the
 * same number, whatever else is exported with it, and hand-added events get one like any other.
 */
import { LIBYA } from './acled-columns.ts';

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A number of up to 16 digits (52 bits of two string hashes): collisions are negligible for any library. */
export function numericEventNumber(id: string): number {
  const high = fnv1a(id, 0x811c9dc5);
  const low = fnv1a(id, 0x9e3779b9) & 0xfffff;
  return high * 0x100000 + low;
}

/** "LBY" followed by the event's number, as ACLED's event_id_cnty. */
export function acledEventId(id: string): string {
  return `${LIBYA.prefix}${numericEventNumber(id)}`;
}
