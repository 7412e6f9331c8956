import { describe, expect, it } from 'vitest';
import { mergedMembers } from '../../../src/corrections/apply-corrections';
import { mergeCorrection, mergeConstraints } from '../../../src/corrections/incident-corrections';
import { mergeEvents } from '../../../src/pipeline/extract/merge-events';
import { event } from '../library/library-fixtures';

/**
 * One article tells two strikes on Murzuq a few days apart in sentences that overlap (the second strike's
 * sentence recalls the first), as the sample 'seed-A' does; another article reports a strike on Al Qatrun.
 */
const earlier = event('e1', 'a', {
  date: '2019-09-19',
  sources: [
    { article_id: 'a', start: 210, end: 328 },
    { article_id: 'a', start: 330, end: 498 },
  ],
});
const later = event('e2', 'a', {
  date: '2019-09-24',
  sources: [
    { article_id: 'a', start: 68, end: 208 },
    { article_id: 'a', start: 210, end: 328 },
  ],
});
const qatrun = event('e3', 'c', {
  date: '2019-10-02',
  location: 'Al Qatrun',
  place_id: 'qatrun',
  latitude: 24.94,
  longitude: 14.6,
  sources: [{ article_id: 'c', start: 1793, end: 1969 }],
});

describe('the reports of an event', () => {
  it('are not widened by another event of the same article that shares one of its sentences', () => {
    for (const machine of [
      [earlier, later, qatrun],
      [later, earlier, qatrun],
    ]) {
      const merged = mergeEvents(machine);
      expect(merged).toHaveLength(3);
      const members = mergedMembers(machine, merged);
      expect(members.get('e1')).toBeUndefined();
      expect(members.get('e2')).toBeUndefined();
    }
  });

  it('merging the later strike with Al Qatrun leaves the earlier strike on its own, in either order', () => {
    for (const machine of [
      [earlier, later, qatrun],
      [later, earlier, qatrun],
    ]) {
      const members = mergedMembers(machine, mergeEvents(machine));
      const reports = ['e2', ...(members.get('e2') ?? []), 'e3', ...(members.get('e3') ?? [])];
      const correction = mergeCorrection(reports, 1);
      const merged = mergeEvents(machine, {
        constraints: mergeConstraints({ [correction.event_id]: correction }),
      });
      expect(merged.map((item) => item.sources.map((source) => source.start).sort((x, y) => x - y))).toEqual([
        [210, 330],
        [68, 210, 1793],
      ]);
      expect(mergedMembers(machine, merged).get('e2')).toEqual(['e3']);
    }
  });
});
