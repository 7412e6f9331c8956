import type { MergeConstraints } from '../pipeline/extract/merge-events';
import type { EventCorrection, IncidentCorrection } from './correction-types';

function sortedIds(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** "These reports are separate incidents": kept under the lowest member id, so splitting again replaces it. */
export function splitCorrection(members: readonly string[], now = Date.now()): IncidentCorrection {
  const ids = sortedIds(members);
  return { kind: 'split', event_id: `split:${ids[0] ?? ''}`, members: ids, updatedAt: now };
}

/** "These reports are one incident". */
export function mergeCorrection(members: readonly string[], now = Date.now()): IncidentCorrection {
  const ids = sortedIds(members);
  return { kind: 'merge', event_id: `merge:${ids.join('+')}`, members: ids, updatedAt: now };
}

export function isIncidentCorrection(correction: EventCorrection): correction is IncidentCorrection {
  return correction.kind === 'split' || correction.kind === 'merge';
}

/**
 * The user's split and merge decisions as constraints for the cross-article merge. A split made after a merge of
 * the same reports wins for those reports (the later decision counts): a merge list loses the split's members.
 */
export function mergeConstraints(corrections: Readonly<Record<string, EventCorrection>>): MergeConstraints {
  const incidents = Object.values(corrections)
    .filter(isIncidentCorrection)
    .sort((a, b) => a.updatedAt - b.updatedAt || (a.event_id < b.event_id ? -1 : 1));
  const together: string[][] = [];
  const apart: string[][] = [];
  for (const correction of incidents) {
    if (correction.kind === 'merge') {
      together.push([...correction.members]);
      // A later merge of reports an earlier split separated lifts that split for them.
      for (let index = 0; index < apart.length; index++) {
        const list = apart[index] as string[];
        const kept = list.filter((id) => !correction.members.includes(id));
        if (kept.length < list.length)
          apart[index] = [...kept, ...correction.members.filter((id) => list.includes(id)).slice(0, 1)];
      }
    } else {
      apart.push([...correction.members]);
      for (let index = 0; index < together.length; index++) {
        together[index] = (together[index] as string[]).filter((id) => !correction.members.includes(id));
      }
    }
  }
  return {
    together: together.filter((list) => list.length > 1),
    apart: apart.filter((list) => list.length > 1),
  };
}

/** A text that changes whenever the constraints do (for knowing whether a saved merge still holds). */
export function constraintsKey(constraints: MergeConstraints): string {
  return JSON.stringify([constraints.together, constraints.apart]);
}
