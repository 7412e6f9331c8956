import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import type { Article } from '../../../src/pipeline/types.ts';
import { testResources } from './resources.ts';

function article(id: string, lang: 'ar' | 'en', text: string): Article {
  return { id, title: '', published: '2019-05-14', lang, source: id, text };
}

describe('the command-line pipeline merges across articles as the app does', () => {
  it('folds a report naming only Tripoli into the one incident reported in its Abu Salim quarter', () => {
    const { events } = runPipeline(
      [
        article(
          'wire',
          'en',
          'Rockets hit the Abu Salim district of Tripoli on Monday, killing three civilians, medics said.',
        ),
        article('local', 'ar', 'قتل مدنيان اثنان جراء سقوط صواريخ على طرابلس يوم الاثنين، بحسب مصادر طبية.'),
      ],
      testResources(),
    );
    const shelling = events.filter((event) => event.sub_event_type === 'Shelling/artillery/missile attack');
    expect(shelling).toHaveLength(1);
    const [incident] = shelling;
    expect(incident?.sources.map((source) => source.article_id).sort()).toEqual(['local', 'wire']);
    expect(incident?.location).toMatch(/Abu Salim/);
    expect([incident?.fatalities, incident?.fatalities_high]).toEqual([2, 3]);
    expect(incident?.incident?.reports).toBe(2);
  });

  it('keeps shelling of two Tripoli quarters on the same day apart', () => {
    const { events } = runPipeline(
      [
        article('a', 'en', 'Shells fell on Ain Zara on Monday, killing two people, residents said.'),
        article('b', 'en', 'Rockets struck homes in Janzour on Monday, killing one woman, a hospital said.'),
      ],
      testResources(),
    );
    const places = events.map((event) => event.location).sort();
    expect(places).toHaveLength(2);
    expect(places.join(' ')).toMatch(/Ain Zara/);
    expect(places.join(' ')).toMatch(/Janzour/);
  });
});
