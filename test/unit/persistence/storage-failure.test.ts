import { describe, expect, it } from 'vitest';
import { storageFailureFrom } from '../../../src/persistence/storage-failure';

describe('storage failures', () => {
  it('recognises a full disk from the quota error name', () => {
    expect(storageFailureFrom(new DOMException('no room', 'QuotaExceededError')).kind).toBe('quota');
  });

  it('recognises a quota message from a wrapped error', () => {
    expect(storageFailureFrom(new Error('The quota has been exceeded.')).kind).toBe('quota');
  });

  it('reports an unusable database as unavailable', () => {
    expect(storageFailureFrom(new DOMException('closing', 'InvalidStateError')).kind).toBe('unavailable');
  });

  it('keeps the browser message of anything else', () => {
    expect(storageFailureFrom('odd')).toEqual({ kind: 'unknown', detail: 'odd' });
  });
});
