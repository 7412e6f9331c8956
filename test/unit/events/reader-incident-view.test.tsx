// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { Reader } from '../../../src/events/Reader';
import { StoreProvider } from '../../../src/store/store-context';
import { createMarsadStore } from '../../../src/store/store';
import type { UiLanguage } from '../../../src/store/ui-slice';
import { makeEvent } from '../extract/make-event';

function readerWithIncident(language: UiLanguage) {
  const store = createMarsadStore();
  store.getState().setLanguage(language);
  const merged = makeEvent({
    id: 'm',
    article: 'one',
    location: 'Abu Salim',
    fatalities: 5,
    fatalities_high: 8,
    sources: [
      { article_id: 'one', start: 0, end: 10 },
      { article_id: 'two', start: 0, end: 10 },
      { article_id: 'three', start: 0, end: 10 },
    ],
    incident: { reports: 3, place: 'same-place', place_name: 'Abu Salim', day_span: 0 },
  });
  store.getState().setEvents([merged]);
  store.getState().selectEvent('m', 'map');
  render(
    <StoreProvider store={store}>
      <Reader />
    </StoreProvider>,
  );
}

describe('the reader of an event several outlets report', () => {
  afterEach(cleanup);

  it('says why the reports are one incident, in English', () => {
    readerWithIncident('en');
    expect(screen.getByRole('region')).toHaveTextContent(
      'One incident: same place (Abu Salim), same day, 3 reports',
    );
  });

  it('says it in Arabic, with the place by its Arabic name and Western digits', async () => {
    readerWithIncident('ar');
    // The Arabic names arrive with the gazetteer, a moment after the first render (longer on a busy machine).
    await waitFor(
      () =>
        expect(screen.getByRole('region')).toHaveTextContent(
          'حادثة واحدة: المكان نفسه (أبو سليم)، في اليوم نفسه، 3 تقارير',
        ),
      { timeout: 10_000 },
    );
  });
});
