import { describe, expect, it } from 'vitest';
import { eventsToCsv } from '../../../src/pipeline/export/csv.ts';
import { arabicNote, englishNote, type NoteNames } from '../../../src/pipeline/export/event-notes.ts';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import type { Article } from '../../../src/pipeline/types.ts';
import { makeEvent } from '../extract/make-event.ts';
import { testResources } from '../extract/resources.ts';
import { exportGazetteer, readCsv } from './export-fixtures.ts';

const noNames: NoteNames = { admin1: null, placeAr: null, admin1Ar: null };
const arabicSource = [{ outlet: 'Al Wasat', outletAr: 'بوابة الوسط', lang: 'ar' as const }];

describe('English notes written from the coded fields', () => {
  it('says who did what, where, when and the toll for each kind of event', () => {
    const cases: [Parameters<typeof makeEvent>[0], string][] = [
      [
        {
          id: '1',
          article: 'a',
          actor1: 'US Forces',
          actor2: 'Islamic State',
          fatalities: 7,
          geo_precision: 2,
        },
        'On 24 September 2019, US Forces struck Islamic State near Murzuq. 7 fatalities.',
      ],
      [
        {
          id: '2',
          article: 'a',
          sub_event_type: 'Shelling/artillery/missile attack',
          actor2: 'Civilians',
          fatalities: 1,
        },
        'On 24 September 2019, unidentified forces shelled civilians in Murzuq. 1 fatality.',
      ],
      [
        {
          id: '3',
          article: 'a',
          sub_event_type: 'Remote explosive/landmine/IED',
          fatalities: 0,
          injuries: 3,
        },
        'On 24 September 2019, an explosive device detonated in Murzuq. No fatalities reported. 3 injured.',
      ],
      [
        {
          id: '4',
          article: 'a',
          event_type: 'Battles',
          sub_event_type: 'Armed clash',
          actor1: 'GNA Forces',
          actor2: 'LNA',
          time_precision: 2,
          fatalities: 3,
          fatalities_high: 5,
        },
        'In the week up to 24 September 2019, GNA Forces clashed with LNA in Murzuq. 3-5 fatalities reported.',
      ],
      [
        {
          id: '5',
          article: 'a',
          event_type: 'Battles',
          sub_event_type: 'Government regains territory',
          actor1: 'LNA',
          actor2: 'Chadian Rebels',
          time_precision: 3,
          geo_precision: 3,
        },
        'In September 2019, LNA regained control of the area of Murzuq from Chadian Rebels. Fatalities unknown.',
      ],
      [
        {
          id: '6',
          article: 'a',
          date: null,
          location: null,
          latitude: null,
          longitude: null,
          geo_precision: null,
        },
        'On an unknown date, unidentified aircraft struck an unknown location. Fatalities unknown.',
      ],
    ];
    for (const [fields, note] of cases) expect(englishNote(makeEvent(fields), noNames, [])).toBe(note);
  });

  it('names the sources with their language', () => {
    const event = makeEvent({ id: '1', article: 'a', fatalities: 2 });
    expect(englishNote(event, { ...noNames, admin1: 'Murzuq District' }, arabicSource)).toBe(
      'On 24 September 2019, unidentified aircraft struck Murzuq (Murzuq District). 2 fatalities. Source: Al Wasat, Arabic.',
    );
  });
});

describe('Arabic notes for an Arabic interface', () => {
  it('uses Arabic place, district, actor and outlet names, with the toll', () => {
    const event = makeEvent({
      id: '1',
      article: 'a',
      sub_event_type: 'Shelling/artillery/missile attack',
      actor1: 'LNA',
      actor2: 'Civilians',
      fatalities: 2,
      injuries: 4,
    });
    const names = { admin1: 'Tripoli', placeAr: 'أبو سليم', admin1Ar: 'شعبية طرابلس' };
    expect(arabicNote(event, names, arabicSource)).toBe(
      'في 24 سبتمبر 2019، قصف مدفعي أو صاروخي من جانب الجيش الوطني الليبي في أبو سليم (شعبية طرابلس)، والمستهدف: مدنيون. ' +
        'عدد القتلى: 2. عدد الجرحى: 4. المصدر: بوابة الوسط، بالعربية.',
    );
  });

  it('words a clash between two sides and an unknown toll', () => {
    const event = makeEvent({
      id: '2',
      article: 'a',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: 'GNA Forces',
      actor2: 'LNA',
      geo_precision: 2,
    });
    expect(arabicNote(event, noNames, [])).toBe(
      'في 24 سبتمبر 2019، اشتباكات مسلحة بين قوات حكومة الوفاق والجيش الوطني الليبي قرب Murzuq. عدد القتلى غير معروف.',
    );
  });
});

describe('notes of events read from articles', () => {
  const articles: Article[] = [
    {
      id: 'ar-watiya',
      title: 'غارات ليلية على الوطية',
      published: '2020-07-06',
      lang: 'ar',
      source: 'news-0706.html',
      url: 'https://alwasat.ly/news/libya/300123',
      text: 'أفادت مصادر محلية بأن طائرات مجهولة الهوية شنت فجر الأحد غارات على قاعدة الوطية الجوية غرب البلاد، ولم ترد معلومات عن خسائر بشرية.',
    },
    {
      id: 'en-clash',
      title: 'Gunfire in the capital',
      published: '2022-05-17',
      lang: 'en',
      source: 'wire',
      url: 'https://www.reuters.com/world/africa/tripoli-clashes-2022-05-17/',
      text: 'Clashes erupted in Tripoli on Tuesday between rival armed groups; no casualties were reported.',
    },
  ];

  it('an Arabic report of strikes with no toll: English note, toll 0 flagged unknown, Arabic sentence as evidence', () => {
    const { events } = runPipeline(articles, testResources());
    const csv = eventsToCsv(events, { articles, gazetteer: exportGazetteer(), arabicNotes: true });
    const watiya = readCsv(csv).records.find((record) => record['location'] === 'Al-Watiya Air Base');
    expect(watiya).toMatchObject({
      event_date: '2020-07-05',
      sub_event_type: 'Air/drone strike',
      admin1: 'An Nuqat al Khams',
      source: 'Al Wasat',
      source_scale: 'National',
      fatalities: '0',
      tags: 'fatalities unknown',
      evidence: articles[0]?.text,
    });
    expect(watiya?.['notes']).toMatch(
      /^On 5 July 2020, .+ struck Al-Watiya Air Base \(An Nuqat al Khams\)\. Fatalities unknown\. Source: Al Wasat, Arabic\.$/,
    );
    expect(watiya?.['notes_ar']).toMatch(
      /^في 5 يوليو 2020، غارة جوية .*في قاعدة الوطية \(النقاط الخمس\)\. عدد القتلى غير معروف\./,
    );
  });

  it('an English report of clashes with no casualties: 0 fatalities, not flagged unknown', () => {
    const { events } = runPipeline(articles, testResources());
    const csv = eventsToCsv(events, { articles, gazetteer: exportGazetteer() });
    const clash = readCsv(csv).records.find((record) => record['sub_event_type'] === 'Armed clash');
    expect(clash).toMatchObject({
      event_date: '2022-05-17',
      location: 'Tripoli',
      admin1: 'Tripoli',
      admin2: 'Tripoli',
      source: 'Reuters',
      source_scale: 'International',
      fatalities: '0',
      tags: '',
    });
    expect(clash?.['notes']).toMatch(
      /^On 17 May 2022, .*Tripoli\. No fatalities reported\. Source: Reuters, English\.$/,
    );
  });
});
