import { describe, expect, it } from 'vitest';
import { describeIncident, reportAccounts } from '../../../src/events/reader-incident';
import { arabicCount, REPORT_NOUN } from '../../../src/events/reader-counts';
import { mergeEvents } from '../../../src/pipeline/extract/merge-events';
import type { ArticleExtraction } from '../../../src/pipeline/types';
import { makeEvent } from '../extract/make-event';

const latin = (value: number) => String(value);

describe('the reader explains why reports are one incident', () => {
  it('in English', () => {
    expect(
      describeIncident({ reports: 3, place: 'same-place', place_name: 'Abu Salim', day_span: 0 }, 'en'),
    ).toBe('One incident: same place (Abu Salim), same day, 3 reports');
    expect(
      describeIncident({ reports: 2, place: 'contained', place_name: 'Ain Zara', day_span: 1 }, 'en'),
    ).toBe('One incident: one place within the other (Ain Zara), dates 1 day apart, 2 reports');
  });

  it('in Arabic, with the counted noun in the right form', () => {
    expect(
      describeIncident({ reports: 3, place: 'same-place', place_name: 'أبو سليم', day_span: 0 }, 'ar'),
    ).toBe('حادثة واحدة: المكان نفسه (أبو سليم)، في اليوم نفسه، 3 تقارير');
    expect(
      describeIncident(
        { reports: 2, place: 'nearby', place_name: 'تاجوراء', day_span: 2, by_user: true },
        'ar',
      ),
    ).toBe('حادثة واحدة: أماكن متقاربة في حدود 3 كم (تاجوراء)، بفارق يومين، تقريران، دُمجت يدوياً');
  });

  it('counts Arabic nouns as the grammar wants after a number', () => {
    expect([1, 2, 3, 10, 11, 99, 100, 103, 111].map((n) => arabicCount(n, REPORT_NOUN, latin))).toEqual([
      'تقرير واحد',
      'تقريران',
      '3 تقارير',
      '10 تقارير',
      '11 تقريرًا',
      '99 تقريرًا',
      '100 تقرير',
      '103 تقارير',
      '111 تقريرًا',
    ]);
  });
});

describe('each source’s own account of a merged incident', () => {
  it('lists every article’s own date, place and toll', () => {
    const one = makeEvent({ id: 'a', article: 'one', place_id: 'p', fatalities: 5, date: '2019-10-15' });
    const two = makeEvent({ id: 'b', article: 'two', place_id: 'p', fatalities: 8, date: '2019-10-16' });
    const [merged] = mergeEvents([one, two]);
    const extractions: Record<string, ArticleExtraction> = {
      one: { article_id: 'one', events: [one], summaries: [], diagnostics: [] },
      two: { article_id: 'two', events: [two], summaries: [], diagnostics: [] },
    };
    const accounts = reportAccounts(merged!, (id) => extractions[id]);
    expect(
      accounts.map((account) => [account.articleId, account.event.date, account.event.fatalities]),
    ).toEqual([
      ['one', '2019-10-15', 5],
      ['two', '2019-10-16', 8],
    ]);
    expect(merged?.fatalities).toBe(5);
    expect(merged?.fatalities_high).toBe(8);
  });
});
