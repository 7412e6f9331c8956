// @vitest-environment jsdom
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { CorrectionPanel } from '../../../src/corrections/CorrectionPanel';
import { formatEventDate } from '../../../src/events/event-labels';
import { syntheticEvents } from '../../../src/events/synthetic-events';
import { StoreProvider } from '../../../src/store/store-context';
import { createMarsadStore } from '../../../src/store/store';

/** The panel with one event selected, and a count of the panel's renders. */
function panelWithSelection() {
  const store = createMarsadStore();
  const events = syntheticEvents(40, 3);
  const chosen = events[5]!;
  store.getState().setEvents(events);
  store.getState().selectEvent(chosen.id, 'map');
  let renders = 0;
  render(
    <StoreProvider store={store}>
      <Profiler id="panel" onRender={() => (renders += 1)}>
        <CorrectionPanel />
      </Profiler>
    </StoreProvider>,
  );
  return { store, events, chosen, renders: () => renders };
}

describe('the correction panel while events are committed', () => {
  afterEach(cleanup);

  it('shows the selected event', () => {
    const { chosen } = panelWithSelection();
    expect(screen.getByRole('complementary')).toHaveTextContent(chosen.sub_event_type);
  });

  it('does not re-render when other events are committed', () => {
    const { store, events, renders } = panelWithSelection();
    const before = renders();
    const others = syntheticEvents(200, 9).map((event) => ({ ...event, id: `other-${event.id}` }));
    act(() => store.getState().setEvents([...others, ...events]));
    act(() => store.getState().setEvents(events.slice(0, 20)));
    expect(renders()).toBe(before);
  });

  it('re-renders when the selected event itself changes', () => {
    const { store, events, chosen, renders } = panelWithSelection();
    const before = renders();
    const renamed = { ...chosen, location: 'Qasr bin Ghashir' };
    act(() => store.getState().setEvents(events.map((event) => (event.id === chosen.id ? renamed : event))));
    expect(renders()).toBe(before + 1);
    expect(screen.getByRole('complementary')).toHaveTextContent('Qasr bin Ghashir');
  });

  it('follows a new selection', () => {
    const { store, events, renders } = panelWithSelection();
    const other = events[12]!;
    const before = renders();
    act(() => store.getState().selectEvent(other.id, 'map'));
    expect(renders()).toBe(before + 1);
    // The day as the interface writes dates ('20 Aug 2014').
    expect(screen.getByRole('complementary')).toHaveTextContent(formatEventDate(other, 'en', '—'));
  });
});
