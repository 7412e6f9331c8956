/**
 * The publication day suggested for an article whose file gave none: from its dateline, a date line at the top,
 * or the latest full date in its text; never from a weekday or "yesterday" alone.
 */
import { describe, expect, it } from 'vitest';
import { suggestPublicationDate } from '../../../src/pipeline/ingest/date-suggestion';
import { ingestFiles } from '../../../src/workers/ingest-job';

const suggest = (text: string) => suggestPublicationDate({ text });

describe('a publication day suggested from the article itself', () => {
  it('reads the date in an English or Arabic dateline', () => {
    expect(
      suggest('Clashes in Zawiya\n\nTRIPOLI, July 26, 2020 (Reuters) - Clashes broke out on Sunday.'),
    ).toEqual({
      date: '2020-07-26',
      from: 'dateline',
    });
    expect(
      suggest('اشتباكات في الزاوية\n\nطرابلس 26 يوليو 2020 (رويترز) - اندلعت اشتباكات يوم الأحد.'),
    ).toEqual({
      date: '2020-07-26',
      from: 'dateline',
    });
  });

  it('reads a date line under the headline', () => {
    expect(suggest('Clashes in Zawiya\nSunday 26 July 2020\n\nClashes broke out on Sunday.')).toEqual({
      date: '2020-07-26',
      from: 'date-line',
    });
    expect(suggest('قصف على سرت\nالأحد 9 أغسطس 2020\n\nسقطت قذائف على المدينة أمس.')).toEqual({
      date: '2020-08-09',
      from: 'date-line',
    });
  });

  it('falls back to the latest full date in the text', () => {
    expect(
      suggest('Fighting began on 4 April 2019. It flared again on 12 May 2020 near Tripoli, officials said.'),
    ).toEqual({ date: '2020-05-12', from: 'text' });
  });

  it('suggests nothing from weekdays, relative days or dates without a year', () => {
    expect(suggest('Clashes broke out on Sunday in Zawiya; on July 26 more fighting followed.')).toBeNull();
    expect(suggest('اندلعت اشتباكات أمس في الزاوية.')).toBeNull();
  });
});

describe('suggestions travel with the files read in the worker', () => {
  it('gives each undated article of a multi-article file its own suggestion', async () => {
    const lines = [
      { id: 'one', text: 'TRIPOLI, July 26, 2020 (Reuters) - Clashes broke out in Zawiya.' },
      { id: 'two', text: 'بنغازي 3 مارس 2021 (الوسط) - سقطت قذائف على حي سكني.' },
      { id: 'three', text: 'Clashes broke out on Sunday.' },
      { id: 'four', text: 'Rockets fell on 1 May 2020.', published: '2020-05-02' },
    ];
    const bytes = new TextEncoder().encode(lines.map((line) => JSON.stringify(line)).join('\n'));
    const batch = await ingestFiles([{ name: 'reports.jsonl', bytes }]);
    expect(batch.files[0]?.undated).toBe(3);
    expect(batch.files[0]?.dateSuggestions).toEqual([
      { articleId: 'one', date: '2020-07-26', from: 'dateline' },
      { articleId: 'two', date: '2021-03-03', from: 'dateline' },
    ]);
  });
});
