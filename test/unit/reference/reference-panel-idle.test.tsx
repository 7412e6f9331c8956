// @vitest-environment jsdom
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { ReferencePanel } from '../../../src/reference/ReferencePanel';
import { syntheticEvents } from '../../../src/events/synthetic-events';
import { StoreProvider } from '../../../src/store/store-context';
import { createMarsadStore } from '../../../src/store/store';

describe('the comparison panel before a reference is imported', () => {
  afterEach(cleanup);

  it('shows nothing and does no work while the timeline is scrubbed', () => {
    const store = createMarsadStore();
    store.getState().setEvents(syntheticEvents(500, 4));
    let renders = 0;
    const { container } = render(
      <StoreProvider store={store}>
        <Profiler id="reference" onRender={() => (renders += 1)}>
          <ReferencePanel />
        </Profiler>
      </StoreProvider>,
    );
    const before = renders;
    for (let day = 0; day < 20; day++)
      act(() => store.getState().setTimeWindow({ start: 18000 + day, end: 18030 + day }, 'timeline'));
    expect(renders).toBe(before);
    expect(container.textContent).toBe('');
  });
});
