import { describe, it, expect } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import type { Article } from '../../../src/pipeline/types.ts';
import { testResources } from './resources.ts';

function article(id: string, published: string, text: string): Article {
  return { id, title: '', published, lang: 'other', source: id, text };
}

describe('runPipeline across articles', () => {
  it('merges one strike reported by an Arabic and an English outlet, listing both and the range of the dead', () => {
    const { events, extractions } = runPipeline(
      [
        article(
          'alwasat',
          '2019-08-05',
          'قتل 42 شخصا على الأقل في غارة جوية بطائرة مسيرة استهدفت اجتماعا في مدينة مرزق مساء الأحد.',
        ),
        article(
          'reuters',
          '2019-08-05',
          'A drone strike killed at least 43 people at a gathering in Murzuq on Sunday evening, the town mayor said.',
        ),
      ],
      testResources(),
    );
    expect(extractions).toHaveLength(2);
    expect(events).toHaveLength(1);
    expect(events[0]?.sources.map((source) => source.article_id).sort()).toEqual(['alwasat', 'reuters']);
    expect([events[0]?.fatalities, events[0]?.fatalities_high]).toEqual([42, 43]);
  });

  it('keeps strikes in two towns apart even on the same day', () => {
    const { events } = runPipeline(
      [
        article('one', '2020-06-05', 'Turkish drones struck LNA positions in Tarhuna on Friday.'),
        article('two', '2020-06-05', 'Turkish drones struck LNA positions in Bani Walid on Friday.'),
      ],
      testResources(),
    );
    expect(events).toHaveLength(2);
  });

  it('turns an article without text into a diagnostic instead of throwing', () => {
    const broken = { ...article('bad', '2020-01-01', 'x'), text: undefined } as unknown as Article;
    const { extractions } = runPipeline(
      [broken, article('good', '2020-01-06', 'Clashes erupted in Zawiya on Monday.')],
      testResources(),
    );
    expect(extractions[0]?.events).toEqual([]);
    expect(extractions[0]?.diagnostics[0]?.severity).toBe('error');
    expect(extractions[1]?.events).toHaveLength(1);
  });
});
