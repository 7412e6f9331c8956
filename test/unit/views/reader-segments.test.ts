import { describe, it, expect } from 'vitest';
import { segmentText } from '../../../src/events/reader-segments';

describe('marking the evidence in an article', () => {
  it('marks exactly the evidence sentence and leaves the rest plain', () => {
    const segments = segmentText(30, [{ start: 10, end: 20 }], []);
    expect(segments.map((s) => [s.start, s.end, s.evidence])).toEqual([
      [0, 10, false],
      [10, 20, true],
      [20, 30, false],
    ]);
  });

  it('marks the place inside the evidence', () => {
    const segments = segmentText(30, [{ start: 10, end: 20 }], [{ start: 12, end: 15, kind: 'place' }]);
    const place = segments.find((segment) => segment.kinds.includes('place'));
    expect(place).toMatchObject({ start: 12, end: 15, evidence: true });
  });

  it('keeps both marks where a number and an actor overlap', () => {
    const segments = segmentText(
      10,
      [],
      [
        { start: 2, end: 6, kind: 'actor' },
        { start: 4, end: 8, kind: 'number' },
      ],
    );
    expect(segments.find((segment) => segment.start === 4)?.kinds.sort()).toEqual(['actor', 'number']);
  });

  it('clips offsets that run past the text', () => {
    const segments = segmentText(10, [{ start: 5, end: 50 }], []);
    expect(segments.at(-1)).toMatchObject({ start: 5, end: 10, evidence: true });
  });

  it('returns the whole text as one plain run with no marks', () => {
    expect(segmentText(7, [], [])).toEqual([{ start: 0, end: 7, evidence: false, kinds: [] }]);
  });
});
