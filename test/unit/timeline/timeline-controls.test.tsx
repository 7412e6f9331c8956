// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Timeline } from '../../../src/timeline/Timeline';
import { StoreProvider } from '../../../src/store/store-context';
import { createMarsadStore } from '../../../src/store/store';

/** Media symbols (⏩–⏺, ▶, ◀) that none of the bundled fonts has: a browser without a fallback draws boxes. */
const MISSING_GLYPHS = /[\u23e9-\u23fa\u25b6\u25c0\u275a]/u;

// jsdom has no layout: the track's size observer and the histogram canvas do nothing here.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];

function renderTimeline(language: 'en' | 'ar') {
  const store = createMarsadStore();
  store.getState().setLanguage(language);
  render(
    <StoreProvider store={store}>
      <Timeline />
    </StoreProvider>,
  );
}

describe('the timeline controls', () => {
  afterEach(cleanup);

  for (const language of ['en', 'ar'] as const) {
    it(`draws play and the four step buttons as icons, never as characters missing from the fonts (${language})`, () => {
      renderTimeline(language);
      const region = screen.getByRole('region');
      const buttons = [...region.querySelectorAll('button')];
      expect(buttons.length).toBeGreaterThanOrEqual(5);
      for (const button of buttons) expect(button.textContent ?? '').not.toMatch(MISSING_GLYPHS);
      const steps = [...region.querySelectorAll('.timeline-steps button')];
      expect(steps).toHaveLength(4);
      for (const button of steps) {
        expect(button.querySelector('svg path')).not.toBeNull();
        expect(button.getAttribute('aria-label')).toBeTruthy();
      }
    });
  }

  it('points the "back a day" arrow against the reading direction: left in English, right in Arabic', () => {
    renderTimeline('en');
    const englishBack = screen.getAllByRole('button')[2]!.querySelector('path')!.getAttribute('d');
    cleanup();
    renderTimeline('ar');
    const arabicBack = screen.getAllByRole('button')[2]!.querySelector('path')!.getAttribute('d');
    expect(englishBack).not.toEqual(arabicBack);
  });
});
