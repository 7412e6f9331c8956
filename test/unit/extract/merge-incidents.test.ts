import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/pipeline/extract/index.ts';
import { mergeEvents } from '../../../src/pipeline/extract/merge-events.ts';
import { buildPlaceHierarchy } from '../../../src/pipeline/extract/place-hierarchy.ts';
import type { GazetteerData } from '../../../src/pipeline/geo/gazetteer-types.ts';
import type { ConflictEvent, Language } from '../../../src/pipeline/types.ts';
import { repositoryRoot, testResources } from './resources.ts';

const gazetteer = JSON.parse(
  readFileSync(join(repositoryRoot, 'data', 'gazetteer', 'libya.json'), 'utf8'),
) as GazetteerData;
const places = buildPlaceHierarchy(gazetteer.places);

interface Report {
  outlet: string;
  lang: Language;
  published: string;
  text: string;
}

/** Each report as its own article through the real extractor, then the cross-article merge. */
function incidents(reports: readonly Report[]): ConflictEvent[] {
  const events = reports.flatMap(
    (report) =>
      extractArticle(
        {
          id: report.outlet,
          title: '',
          published: report.published,
          lang: report.lang,
          source: report.outlet,
          text: report.text,
        },
        testResources(),
      ).events,
  );
  expect(events).toHaveLength(reports.length);
  return mergeEvents(events, { places });
}

const at = (events: readonly ConflictEvent[], location: string) =>
  events.filter((event) => event.location === location);

// Published on Wednesday 16 October 2019: "Tuesday" is the 15th.
const TRIPOLI_DAY: Report[] = [
  {
    outlet: 'observer',
    lang: 'en',
    published: '2019-10-16',
    text: 'Two civilians were killed when rockets hit houses in the Ain Zara district on Tuesday.',
  },
  {
    outlet: 'wire',
    lang: 'en',
    published: '2019-10-16',
    text: 'Rockets slammed into a crowded residential street of Abu Salim in southern Tripoli late on Tuesday, killing at least eight people, most of them women, and wounding 20.',
  },
  {
    outlet: 'broadcaster',
    lang: 'en',
    published: '2019-10-16',
    text: 'Five civilians died in overnight shelling of the Abu Salim neighbourhood on Tuesday, an emergency services spokesman told reporters.',
  },
  {
    outlet: 'health-ministry',
    lang: 'ar',
    published: '2019-10-16',
    text: 'ارتفعت حصيلة القصف الصاروخي الذي استهدف منطقة أبو سليم ليلة الثلاثاء إلى ستة قتلى و18 جريحا بحسب وزارة الصحة.',
  },
  {
    outlet: 'agency',
    lang: 'en',
    published: '2019-10-16',
    text: 'Artillery shells hit a market in Tajoura, east of Tripoli, on Tuesday, killing four people.',
  },
  {
    outlet: 'channel',
    lang: 'ar',
    published: '2019-10-16',
    text: 'قُتل مدني جراء قصف مدفعي استهدف حيا سكنيا في جنزور غرب العاصمة يوم الثلاثاء.',
  },
  {
    outlet: 'daily',
    lang: 'en',
    published: '2019-10-16',
    text: 'Shelling struck Qasr bin Ghashir south of the capital on Tuesday, killing one resident.',
  },
  {
    outlet: 'site',
    lang: 'ar',
    published: '2019-10-16',
    text: 'أصيب خمسة مدنيين في قصف صاروخي طال حي صلاح الدين جنوب طرابلس الثلاثاء.',
  },
];

describe('a day of shelling across Tripoli', () => {
  const events = incidents(TRIPOLI_DAY);

  it('keeps the six districts shelled on the same day as six incidents', () => {
    expect(events).toHaveLength(6);
    expect(events.map((event) => event.location).sort()).toEqual(
      ['Abu Salim', 'Ain Zara', 'Janzour', 'Qasr bin Ghashir', 'Salah al-Din', 'Tajoura'].sort(),
    );
    expect(events.every((event) => event.date === '2019-10-15')).toBe(true);
    expect(at(events, 'Ain Zara')[0]?.fatalities).toBe(2);
    expect(at(events, 'Tajoura')[0]?.fatalities).toBe(4);
    expect(at(events, 'Janzour')[0]?.fatalities).toBe(1);
  });

  it('makes one incident of Abu Salim told by three outlets in two languages, with the lowest and highest toll', () => {
    const [abuSalim] = at(events, 'Abu Salim');
    expect(abuSalim?.sources.map((source) => source.article_id).sort()).toEqual([
      'broadcaster',
      'health-ministry',
      'wire',
    ]);
    expect(abuSalim?.fatalities).toBe(5);
    expect(abuSalim?.fatalities_high).toBe(8);
    expect(abuSalim?.incident).toEqual({
      reports: 3,
      place: 'same-place',
      place_name: 'Abu Salim',
      day_span: 0,
    });
  });

  it('leaves a report naming only "Tripoli" apart when several districts were hit that day', () => {
    const withCity = incidents([
      ...TRIPOLI_DAY,
      {
        outlet: 'tv',
        lang: 'en',
        published: '2019-10-16',
        text: 'Heavy shelling hit Tripoli on Tuesday, killing one person.',
      },
    ]);
    expect(withCity).toHaveLength(7);
    expect(at(withCity, 'Tripoli')[0]?.sources).toHaveLength(1);
  });

  it('joins a report naming only the city to the one incident inside it that day', () => {
    const merged = incidents([
      TRIPOLI_DAY[3] as Report,
      {
        outlet: 'tv',
        lang: 'en',
        published: '2019-10-16',
        text: 'Heavy shelling hit Tripoli on Tuesday, killing one person.',
      },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.location).toBe('Abu Salim');
    expect(merged[0]?.incident?.place).toBe('contained');
    expect(merged[0]?.fatalities).toBe(1);
    expect(merged[0]?.fatalities_high).toBe(6);
  });
});

describe('clashes in Benghazi', () => {
  it('keeps same-day clashes in Ganfouda and Sabri apart', () => {
    const events = incidents([
      {
        outlet: 'one',
        lang: 'en',
        published: '2019-10-15',
        text: 'Fierce clashes erupted in Ganfouda in western Benghazi on Monday, killing three soldiers.',
      },
      {
        outlet: 'two',
        lang: 'ar',
        published: '2019-10-15',
        text: 'اندلعت اشتباكات عنيفة الاثنين في منطقة الصابري وسط بنغازي أسفرت عن مقتل اثنين من المسلحين.',
      },
    ]);
    expect(events.map((event) => [event.location, event.date, event.fatalities]).sort()).toEqual([
      ['Al Sabri', '2019-10-14', 2],
      ['Ganfouda', '2019-10-14', 3],
    ]);
  });

  it('does not let a report dated only by its month bridge two clashes three weeks apart', () => {
    const events = incidents([
      {
        outlet: 'early',
        lang: 'en',
        published: '2019-10-04',
        text: 'Two soldiers were killed in clashes with Shura Council fighters in Ganfouda on Thursday.',
      },
      {
        outlet: 'late',
        lang: 'en',
        published: '2019-10-25',
        text: 'Two soldiers were killed in clashes with Shura Council fighters in Ganfouda on Thursday.',
      },
      {
        outlet: 'monthly',
        lang: 'en',
        published: '2019-11-02',
        text: 'Four fighters were killed in clashes in Ganfouda in October, the army said.',
      },
    ]);
    expect(events.map((event) => [event.date, event.time_precision, event.sources.length])).toEqual([
      ['2019-10-03', 1, 1],
      ['2019-10-24', 1, 1],
      ['2019-10-31', 3, 1],
    ]);
  });
});

describe('the days between reports of one incident', () => {
  it('counts only the reports that give a day, not the end of a week report', () => {
    const events = incidents([
      {
        outlet: 'daily',
        lang: 'en',
        published: '2019-10-16',
        text: 'Five civilians died in overnight shelling of the Abu Salim neighbourhood on Tuesday, an emergency services spokesman told reporters.',
      },
      {
        outlet: 'weekly',
        lang: 'en',
        published: '2019-10-20',
        text: 'Shelling of the Abu Salim neighbourhood killed five civilians this week, residents said.',
      },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.date).toBe('2019-10-15');
    expect(events[0]?.time_precision).toBe(1);
    expect(events[0]?.incident?.day_span).toBe(0);
  });
});
