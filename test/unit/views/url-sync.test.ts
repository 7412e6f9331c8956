import { describe, it, expect } from 'vitest';
import { createMarsadStore } from '../../../src/store/store';
import { syncUrl } from '../../../src/url/url-sync';
import type { IdleScheduler } from '../../../src/store/when-idle';

/** A page address and history that record replaceState calls, and an idle queue the test runs by hand. */
function fakePage() {
  const location = { pathname: '/', search: '', hash: '' } as Location;
  const writes: string[] = [];
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => {
      writes.push(url);
      location.search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
    },
  } as unknown as History;
  const idle: (() => void)[] = [];
  const timeouts: number[] = [];
  const scheduler: IdleScheduler = (task, timeoutMs) => {
    idle.push(task);
    timeouts.push(timeoutMs);
    return () => idle.splice(idle.indexOf(task), 1);
  };
  const runIdle = () => {
    for (const task of idle.splice(0)) task();
  };
  return { location, history, writes, idle, timeouts, scheduler, runIdle };
}

describe('keeping the address bar in step while scrubbing', () => {
  it('does not write the URL during scrub steps, only once the page is idle', () => {
    const store = createMarsadStore();
    const page = fakePage();
    syncUrl(store, page.location, page.history, page.scheduler);
    for (let step = 0; step < 30; step++) {
      store.getState().setTimeWindow({ start: 18_000 + step, end: 18_030 + step }, 'timeline');
    }
    expect(page.writes).toEqual([]);
    expect(page.idle).toHaveLength(1);
    page.runIdle();
    expect(page.writes).toHaveLength(1);
    expect(page.writes[0]).toBe('/?from=2019-05-13&to=2019-06-11');
  });

  it('asks to be idle within a bounded time, so a shared link never lags far behind', () => {
    const store = createMarsadStore();
    const page = fakePage();
    syncUrl(store, page.location, page.history, page.scheduler);
    store.getState().setTimeWindow({ start: 18_000, end: 18_010 }, 'timeline');
    expect(page.timeouts[0]).toBeGreaterThan(0);
    expect(page.timeouts[0]).toBeLessThanOrEqual(1000);
  });

  it('ignores changes that are not in the URL (hovering an event)', () => {
    const store = createMarsadStore();
    const page = fakePage();
    syncUrl(store, page.location, page.history, page.scheduler);
    store.getState().hoverEvent('gold-A1');
    expect(page.idle).toHaveLength(0);
  });

  it('writes nothing after it is stopped', () => {
    const store = createMarsadStore();
    const page = fakePage();
    const stop = syncUrl(store, page.location, page.history, page.scheduler);
    store.getState().setTimeWindow({ start: 18_000, end: 18_010 }, 'timeline');
    stop();
    page.runIdle();
    expect(page.writes).toEqual([]);
  });
});
