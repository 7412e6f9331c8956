/**
 * Rule-out cues with a scope, as real reports call for (Libyan, Egyptian, Gulf and wire copy,
 * 2011–2023; pages studied listed under "## Cue scope and trigger patterns" in
 * test/fixtures/READING.md). The snippets are our own: names, places and numbers changed. A cue
 * governs its clause and a few words around it, never the whole sentence or a whole unpunctuated page;
 * a word is read as a word with its clitics, not as a string.
 */
import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../../src/pipeline/types.ts';
import { events, extract } from './snippets.ts';

/** Friday 10 January 2020: Thursday is the 9th, Wednesday the 8th, Tuesday the 7th. */
const PUBLISHED = '2020-01-10';

const AIR = 'Air/drone strike';
const SHELLING = 'Shelling/artillery/missile attack';
const CLASH = 'Armed clash';

interface Seen {
  type: ConflictEvent['sub_event_type'];
  date: string | null;
  precision: ConflictEvent['time_precision'];
  location: string | null;
  fatalities: number | null;
}

function seen(text: string): Seen[] {
  return events(text, PUBLISHED).map((event) => ({
    type: event.sub_event_type,
    date: event.date,
    precision: event.time_precision,
    location: event.location,
    fatalities: event.fatalities,
  }));
}

describe('a word that is also a sports word is read in its own sense', () => {
  it('keeps a strike when "الهدف من" means "the aim of"', () => {
    expect(
      seen('وقال مصدر عسكري إن الهدف من الغارة الجوية على قاعدة الوطية يوم الخميس كان مخزنا للذخيرة.'),
    ).toEqual([
      { type: AIR, date: '2020-01-09', precision: 1, location: 'Al-Watiya Air Base', fatalities: null },
    ]);
  });

  it('keeps the clash when بهدف ("in order to") stands in the sentence', () => {
    expect(
      seen('اندلعت اشتباكات عنيفة بهدف السيطرة على محور عين زارة يوم الأربعاء، قتل فيها أربعة مقاتلين.'),
    ).toEqual([{ type: CLASH, date: '2020-01-08', precision: 1, location: 'Ain Zara', fatalities: 4 }]);
  });

  it('keeps strikes condemned by the Arab League and an offensive whose "goal" is named', () => {
    expect(
      seen('The Arab League condemned the drone strike that hit a school in Misrata on Wednesday.').map(
        (event) => [event.type, event.date, event.location],
      ),
    ).toEqual([[AIR, '2020-01-08', 'Misrata']]);
    expect(
      seen(
        'The goal of the shelling of Abu Salim on Thursday night was to push residents out, the council said.',
      ).map((event) => [event.type, event.date, event.location]),
    ).toEqual([[SHELLING, '2020-01-09', 'Abu Salim']]);
  });

  it('still leaves out a football report', () => {
    expect(
      seen('سجل مهاجم الأهلي هدفا في مباراة حامية الوطيس كانت أشبه بمعركة في ملعب طرابلس يوم الخميس.'),
    ).toEqual([]);
  });
});

describe('a change of control and its purpose', () => {
  it('keeps "announced control of X": the article ال is not the purpose ل', () => {
    expect(
      events('أعلن الجيش الوطني الليبي السيطرة على مدينة غريان يوم الخميس.', PUBLISHED).map((event) => [
        event.event_type,
        event.location,
        event.date,
      ]),
    ).toEqual([['Battles', 'Gharyan', '2020-01-09']]);
  });

  it('reads "in order to retake" and "in a bid to recapture" as the aim of the fighting, not a change of control', () => {
    expect(
      seen('اشتبكت قوات الوفاق مع قوات حفتر في الأصابعة يوم الخميس بهدف استعادة السيطرة على المدينة.').map(
        (event) => event.type,
      ),
    ).toEqual([CLASH]);
    expect(
      seen(
        'Heavy fighting raged in Gharyan on Thursday as GNA forces pushed in a bid to recapture the town.',
      ).map((event) => event.type),
    ).toEqual([CLASH]);
  });
});

describe('the onset of a current clash is not a running total', () => {
  it('dates fighting "since Wednesday evening" to Wednesday', () => {
    expect(seen('اندلعت منذ مساء الأربعاء اشتباكات عنيفة في منطقة عين زارة جنوب طرابلس.')).toEqual([
      { type: CLASH, date: '2020-01-08', precision: 1, location: 'Ain Zara', fatalities: null },
    ]);
    expect(
      seen('Since Wednesday evening, fierce clashes have raged in Salah al-Din, south of Tripoli.'),
    ).toEqual([
      { type: CLASH, date: '2020-01-08', precision: 1, location: 'Salah al-Din', fatalities: null },
    ]);
  });

  it('keeps a toll counted since a month ago a running total', () => {
    const extraction = extract('Clashes in Ain Zara have killed 40 people since early December.', PUBLISHED);
    expect(extraction.events).toEqual([]);
    expect(extraction.summaries).toHaveLength(1);
  });
});

describe('a superlative compares, it does not sum up', () => {
  it('keeps "the fiercest clashes in months" and "أعنف الاشتباكات منذ أشهر" as the day\'s clash', () => {
    expect(seen('شهدت منطقة صلاح الدين أعنف الاشتباكات منذ أشهر يوم الخميس.')).toEqual([
      { type: CLASH, date: '2020-01-09', precision: 1, location: 'Salah al-Din', fatalities: null },
    ]);
    expect(seen('The fiercest clashes in months broke out in Ain Zara on Thursday.')).toEqual([
      { type: CLASH, date: '2020-01-09', precision: 1, location: 'Ain Zara', fatalities: null },
    ]);
  });

  it('reads the superlative of a noun phrase after the trigger ("in the worst violence in weeks", "since 2011")', () => {
    expect(
      seen(
        'اندلع قتال عنيف بين مجموعتين مسلحتين في أبوسليم يوم الخميس في أسوأ أعمال عنف بالمدينة منذ أسابيع.',
      ),
    ).toEqual([{ type: CLASH, date: '2020-01-09', precision: 1, location: 'Abu Salim', fatalities: null }]);
    expect(
      seen("Rival brigades battled in Abu Salim on Thursday in Libya's worst fighting since 2011."),
    ).toEqual([{ type: CLASH, date: '2020-01-09', precision: 1, location: 'Abu Salim', fatalities: null }]);
  });

  it('keeps a count of strikes a summary even when it is "the strongest since 2017"', () => {
    const extraction = extract(
      'ونفذت القوات الأمريكية 4 غارات جوية على مواقع للتنظيم جنوب البلاد، هي الأقوى منذ عام 2017.',
      PUBLISHED,
    );
    expect(extraction.events).toEqual([]);
  });
});

describe('"fighting continued" with and without a time', () => {
  it('codes fighting that "continued until dawn" on a named day', () => {
    expect(seen('Fighting continued until dawn on Thursday in Ain Zara, south of Tripoli.')).toEqual([
      { type: CLASH, date: '2020-01-09', precision: 1, location: 'Ain Zara', fatalities: null },
    ]);
  });

  it('leaves out the continued shelling named only as what residents suffer', () => {
    expect(
      seen('Residents of Abu Salim said they could no longer sleep amid the continued shelling.'),
    ).toEqual([]);
    expect(seen('يعاني سكان حي الهضبة من القصف العشوائي الذي تتعرض له المنطقة منذ أشهر.')).toEqual([]);
  });
});

describe('a negation governs its own verb', () => {
  it('keeps a strike by "an aircraft whose identity was not known" and one that "did not cause casualties"', () => {
    expect(seen('قالت مصادر محلية إن طائرة لم تعرف هويتها قصفت سيارات في بني وليد يوم الخميس.')).toEqual([
      { type: AIR, date: '2020-01-09', precision: 1, location: 'Bani Walid', fatalities: null },
    ]);
    expect(
      seen('لم تسفر الغارة التي استهدفت بني وليد يوم الخميس عن وقوع إصابات.').map((event) => event.type),
    ).toEqual([AIR]);
  });

  it('still negates the strike the particle stands before', () => {
    expect(seen('لم يستهدف الطيران أي مواقع في بني وليد يوم الخميس.')).toEqual([]);
    expect(seen('لم يتم تسجيل أي قصف على بني وليد يوم الخميس.')).toEqual([]);
  });
});

describe('what a cue governs beyond the word next to it', () => {
  it('reads a threat told by a participle (متوعدا، محذرا) as a threat', () => {
    expect(
      seen(
        'حذر المتحدث من أن قواته ستعتبر أي طائرات أجنبية أهدافا مشروعة، متوعدا باستهداف مواقعها في مصراتة.',
      ),
    ).toEqual([]);
  });

  it('reads the "zero hour for the liberation of" a city as the launch of an operation', () => {
    expect(seen('Haftar declared zero hour for the liberation of Derna on Wednesday.')).toEqual([]);
  });

  it('reads "as fighting entered its third week" as how long the war has lasted, next to the strike it dates', () => {
    expect(
      seen(
        'Rockets slammed into Abu Salim late on Thursday, killing four civilians, as fighting for the capital entered its third week.',
      ),
    ).toEqual([{ type: SHELLING, date: '2020-01-09', precision: 1, location: 'Abu Salim', fatalities: 4 }]);
    expect(seen('مع دخول المعارك أسبوعها الثالث سقطت قذائف على حي الهضبة مساء الخميس.')).toEqual([
      { type: SHELLING, date: '2020-01-09', precision: 1, location: 'Al Hadba', fatalities: null },
    ]);
  });

  it('reads explosions that were heard as sounds, not as shelling or bombs', () => {
    expect(
      seen('Residents of Ain Zara said heavy gunfire and explosions were heard throughout Thursday night.'),
    ).toEqual([]);
  });
});

describe('a page scraped without punctuation', () => {
  // One "sentence" of 90 words: three incidents, an "aim" word, a call for a ceasefire and months of shelling.
  const arabicPage =
    'طرابلس قالت مصادر محلية إن الهدف من التحشيدات الأخيرة هو الضغط على العاصمة وشنت طائرة مسيرة غارة جوية ' +
    'على مواقع في ترهونة يوم الخميس أسفرت عن مقتل ثلاثة مسلحين وفي سياق متصل سقطت عشرات القذائف على حي ' +
    'أبوسليم مساء الأربعاء دون أن تسفر عن إصابات كما اندلعت اشتباكات عنيفة في منطقة عين زارة يوم الثلاثاء ' +
    'قتل فيها خمسة مقاتلين ودعا المجلس البلدي إلى وقف القتال فورا وحماية المدنيين من القصف العشوائي الذي ' +
    'يتعرض له السكان منذ أشهر';
  const englishPage =
    'Tripoli residents said the goal of the new mobilisation was to pressure the capital a drone carried out an ' +
    'air strike on positions in Tarhuna on Thursday killing three fighters meanwhile dozens of shells fell on ' +
    'Abu Salim on Wednesday evening without causing casualties and fierce clashes broke out in Ain Zara on ' +
    'Tuesday in which five fighters were killed the council called for an immediate end to the shelling which ' +
    'residents have endured for months';
  const expected: Seen[] = [
    { type: AIR, date: '2020-01-09', precision: 1, location: 'Tarhuna', fatalities: 3 },
    { type: SHELLING, date: '2020-01-08', precision: 1, location: 'Abu Salim', fatalities: 0 },
    { type: CLASH, date: '2020-01-07', precision: 1, location: 'Ain Zara', fatalities: 5 },
  ];

  it('finds every incident of an Arabic page, each with its own toll', () => {
    expect(seen(arabicPage)).toEqual(expected);
  });

  it('finds every incident of an English page, each with its own toll', () => {
    expect(seen(englishPage)).toEqual(expected);
  });
});
