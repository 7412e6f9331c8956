import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/pipeline/extract/index.ts';
import type { ArticleExtraction, ConflictEvent } from '../../../src/pipeline/types.ts';
import { testResources } from './resources.ts';

/** Saturday 20 April 2019: Monday is the 15th, Thursday the 18th, Friday the 19th. */
const PUBLISHED = '2019-04-20';

function extract(text: string, published: string | null = PUBLISHED): ArticleExtraction {
  return extractArticle(
    { id: 'real-dates', title: '', published, lang: 'other', source: 'test', text },
    testResources(),
  );
}

function dated(text: string, published: string | null = PUBLISHED): [string, string | null, number][] {
  return extract(text, published).events.map((event: ConflictEvent) => [
    event.sub_event_type,
    event.date,
    event.time_precision,
  ]);
}

describe('real dates in articles: الاثنين read by its syntax', () => {
  it('dates shelling told with الاثنين after the place (Arabic)', () => {
    expect(dated('قتل ثلاثة مدنيين في قصف مدفعي استهدف حي الهضبة في طرابلس الاثنين.')).toEqual([
      ['Shelling/artillery/missile attack', '2019-04-15', 1],
    ]);
  });

  it('dates a raid told as "غارة الاثنين" (Monday’s raid)', () => {
    expect(dated('قالت مصادر محلية إن غارة الاثنين على ترهونة استهدفت مخزنا للذخيرة.')).toEqual([
      ['Air/drone strike', '2019-04-15', 1],
    ]);
  });

  it('dates shelling whose verb has الاثنين before its object', () => {
    expect(dated('قصفت مدفعية قوات حفتر الاثنين أحياء سكنية في تاجوراء.')).toEqual([
      ['Shelling/artillery/missile attack', '2019-04-15', 1],
    ]);
  });

  it('does not date by "the two soldiers" (الجنديين الاثنين)', () => {
    expect(dated('أسرت قوات الوفاق الجنديين الاثنين خلال اشتباكات في غريان.')).toEqual([
      ['Armed clash', '2019-04-20', 3],
    ]);
  });
});

describe('real dates in articles: glued day parts', () => {
  it('dates clashes told "مساءالجمعة"', () => {
    expect(dated('اندلعت اشتباكات عنيفة مساءالجمعة في منطقة عين زارة جنوب طرابلس.')).toEqual([
      ['Armed clash', '2019-04-19', 1],
    ]);
  });

  it('dates a drone strike told "فجراليوم"', () => {
    expect(dated('شنت طائرة مسيرة غارة فجراليوم على مدينة مصراتة.')).toEqual([
      ['Air/drone strike', '2019-04-20', 1],
    ]);
  });
});

describe('real dates in articles: camps and units named after a date', () => {
  it('keeps clashes near "معسكر 7 أبريل" as today’s news, not as background history', () => {
    expect(dated('اندلعت اشتباكات قرب معسكر 7 أبريل في منطقة عين زارة.')).toEqual([
      ['Armed clash', '2019-04-20', 3],
    ]);
  });

  it('keeps fighting near the "April 7 Camp" as today’s news', () => {
    expect(dated('Fighting erupted near the April 7 Camp in Ain Zara, residents said.')).toEqual([
      ['Armed clash', '2019-04-20', 3],
    ]);
  });
});

describe('real dates in articles: an opening dateline gives the day "today" and "yesterday" count from', () => {
  it('reads اليوم as the dateline’s day, not the page’s (Arabic)', () => {
    expect(
      dated('طرابلس 14 أبريل 2019 (وال) - قتل مدنيان في قصف صاروخي استهدف منطقة عين زارة اليوم.'),
    ).toEqual([['Shelling/artillery/missile attack', '2019-04-14', 1]]);
  });

  it('reads a weekday against the dateline’s day (English)', () => {
    expect(
      dated(
        'TRIPOLI, April 14 (Reuters) - Rockets hit Ain Zara on Saturday, killing two civilians, residents said.',
      ),
    ).toEqual([['Shelling/artillery/missile attack', '2019-04-13', 1]]);
  });

  it('reads أمس against a dateline closed by a colon', () => {
    expect(dated('مصراتة، 16 أبريل 2019: شنت طائرة مسيرة غارة على الكلية الجوية في مصراتة أمس.')).toEqual([
      ['Air/drone strike', '2019-04-15', 1],
    ]);
  });
});

describe('real dates in articles: no publication date', () => {
  it('dates events by full dates in the text (Arabic and English)', () => {
    expect(
      dated('قتل ثلاثة مدنيين في قصف مدفعي على منطقة عين زارة في طرابلس يوم 5 مارس 2019.', null),
    ).toEqual([['Shelling/artillery/missile attack', '2019-03-05', 1]]);
    expect(
      dated('Three civilians were killed by shelling in Ain Zara, Tripoli on 5 March 2019.', null),
    ).toEqual([['Shelling/artillery/missile attack', '2019-03-05', 1]]);
  });

  it('counts from the dateline when the page has no date', () => {
    const result = extract(
      'طرابلس 14 أبريل 2019 (وال) - قتل مدنيان في قصف صاروخي استهدف منطقة عين زارة اليوم.',
      null,
    );
    expect(result.events.map((event) => event.date)).toEqual(['2019-04-14']);
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toContain('date-from-dateline');
  });

  it('counts from the date line a copied page keeps under its title (Arabic and English)', () => {
    const arabic = extract(
      'مقتل مدنيين في قصف على بنغازي\nالأربعاء، 04 ديسمبر 2019 05:10 م\nقتل مدنيان أمس في قصف استهدف حي بن يونس في بنغازي.',
      null,
    );
    expect(arabic.events.map((event) => [event.date, event.time_precision])).toEqual([['2019-12-03', 1]]);
    const english = extract(
      'Shelling kills two in Benghazi\nWednesday, 4 December 2019\nTwo civilians were killed on Tuesday when a shell hit the Ben Younis district of Benghazi.',
      null,
    );
    expect(english.events.map((event) => [event.date, event.time_precision])).toEqual([['2019-12-03', 1]]);
  });

  it('leaves an event told "yesterday" undated and says why', () => {
    const result = extract('قتل ثلاثة مدنيين في قصف مدفعي على منطقة عين زارة في طرابلس أمس.', null);
    expect(result.events.map((event) => event.date)).toEqual([null]);
    const warning = result.diagnostics.find((diagnostic) => diagnostic.code === 'unresolved-relative-date');
    expect(warning?.message).toContain('أمس');
  });
});

describe('real dates in articles: days of statements and of later consequences are not the event’s day', () => {
  it.each([
    [
      'a statement whose day stands between the speaker and the verb',
      "Libya's health ministry on Thursday said an airstrike killed five people in Tajoura.",
      'Air/drone strike',
      '2019-04-18',
    ],
    [
      'a condemnation (English)',
      'The UN mission condemned on Thursday the shelling of Mitiga airport.',
      'Shelling/artillery/missile attack',
      '2019-04-18',
    ],
    [
      'a condemnation (Arabic)',
      'أدانت البعثة الأممية الخميس القصف الذي استهدف مطار معيتيقة.',
      'Shelling/artillery/missile attack',
      '2019-04-18',
    ],
    [
      'a death from wounds (English)',
      'A man wounded in the shelling of Abu Salim died of his wounds on Friday.',
      'Shelling/artillery/missile attack',
      '2019-04-19',
    ],
    [
      'a death from wounds (Arabic)',
      'توفي الجمعة متأثرا بجراحه شاب أصيب في قصف على حي أبو سليم.',
      'Shelling/artillery/missile attack',
      '2019-04-19',
    ],
    [
      'a burial (Arabic)',
      'شيع أهالي الزاوية الخميس ضحايا الغارة الجوية التي استهدفت المدينة.',
      'Air/drone strike',
      '2019-04-18',
    ],
    [
      'a burial (English)',
      'The victims of the airstrike on Zawiya were buried on Thursday.',
      'Air/drone strike',
      '2019-04-18',
    ],
  ])('bounds the event by %s, to the week', (_, text, type, day) => {
    expect(dated(text)).toEqual([[type, day, 2]]);
  });

  it.each([
    [
      'English',
      'The death toll from the airstrike on Tajoura rose to 12 on Friday, the health ministry said.',
      'Air/drone strike',
    ],
    [
      'Arabic, the day after the toll',
      'ارتفعت حصيلة ضحايا الغارة الجوية على تاجوراء إلى 12 قتيلا الجمعة.',
      'Air/drone strike',
    ],
    [
      'Arabic, the day after the verb',
      'ارتفعت الجمعة حصيلة ضحايا القصف الذي استهدف حي أبو سليم إلى ستة قتلى.',
      'Shelling/artillery/missile attack',
    ],
  ])('bounds the event by the day its toll rose (%s), to the week', (_, text, type) => {
    expect(dated(text)).toEqual([[type, '2019-04-19', 2]]);
  });

  it('keeps the attack’s own day when its toll rose later', () => {
    expect(dated("The toll from Wednesday's shelling of Abu Salim rose to six on Friday.")).toEqual([
      ['Shelling/artillery/missile attack', '2019-04-17', 1],
    ]);
  });

  it('keeps the attack’s own day when the sentence also tells the later death', () => {
    expect(dated("A man wounded in Monday's shelling of Abu Salim died of his wounds on Friday.")).toEqual([
      ['Shelling/artillery/missile attack', '2019-04-15', 1],
    ]);
  });
});

describe('real dates in articles: "a day after" / "a day before" families', () => {
  it('dates the earlier strike a day before the dated one (عقب يوم واحد على)', () => {
    expect(
      dated('شنت طائرات حربية غارة على سرت الخميس عقب يوم واحد على قصف صاروخي استهدف حي أبو سليم.'),
    ).toEqual([
      ['Air/drone strike', '2019-04-18', 1],
      ['Shelling/artillery/missile attack', '2019-04-17', 1],
    ]);
  });

  it('dates the event told first from the dated event after the cue', () => {
    expect(dated('Warplanes struck Sirte a day after the shelling of Abu Salim on Monday.')).toEqual([
      ['Air/drone strike', '2019-04-16', 1],
      ['Shelling/artillery/missile attack', '2019-04-15', 1],
    ]);
  });

  it('dates the later event a day after the dated one ("a day before")', () => {
    expect(dated('Warplanes struck Sirte on Monday, a day before clashes in Ain Zara.')).toEqual([
      ['Air/drone strike', '2019-04-15', 1],
      ['Armed clash', '2019-04-16', 1],
    ]);
  });
});

describe('real dates in articles: the day of the sentence before', () => {
  it('dates strikes with no day of their own by the day the previous sentence states', () => {
    expect(
      dated(
        'Dozens of families fled Derna on Thursday as the army announced a new push into the city. Warplanes bombed positions in the old city of Derna.',
      ),
    ).toEqual([['Air/drone strike', '2019-04-18', 1]]);
  });
});

describe('real dates in articles: days counted from the event told before', () => {
  it('dates a strike told "A day earlier," the day before the dated one', () => {
    expect(
      dated(
        'Warplanes hit militant positions in Benghazi late on Thursday, an air force officer said. A day earlier, a drone had struck a farm outside Benghazi.',
      ),
    ).toEqual([
      ['Air/drone strike', '2019-04-18', 1],
      ['Air/drone strike', '2019-04-17', 1],
    ]);
  });

  it('dates shelling told "في اليوم التالي" the day after the dated clashes', () => {
    expect(
      dated(
        'اشتبكت قوات الجيش مع مسلحين في درنة الثلاثاء. وفي اليوم التالي، قصفت المدفعية مواقعهم في المدينة.',
      ),
    ).toEqual([
      ['Armed clash', '2019-04-16', 1],
      ['Shelling/artillery/missile attack', '2019-04-17', 1],
    ]);
  });

  it('dates rockets told "two days later" and keeps them an incident, not a running period', () => {
    expect(dated('Clashes broke out in Ain Zara on Tuesday. Two days later, rockets hit Abu Salim.')).toEqual(
      [
        ['Armed clash', '2019-04-16', 1],
        ['Shelling/artillery/missile attack', '2019-04-18', 1],
      ],
    );
  });

  it('keeps the event after "قبل يومين من" an incident dated two days after the strike', () => {
    expect(dated('شنت طائرات حربية غارة على سرت الثلاثاء، قبل يومين من اشتباكات في منطقة عين زارة.')).toEqual(
      [
        ['Air/drone strike', '2019-04-16', 1],
        ['Armed clash', '2019-04-18', 1],
      ],
    );
  });
});

describe('real dates in articles: fighting through one day is not a running total', () => {
  it('keeps clashes with artillery "throughout the morning" as that day’s event', () => {
    expect(
      dated(
        'On Thursday, fighting resumed on the Ain Zara front, a correspondent said, with artillery exchanged throughout the morning.',
      ),
    ).toEqual([['Armed clash', '2019-04-18', 1]]);
  });

  it('keeps clashes that went on "طوال الليل" as that day’s event', () => {
    expect(dated('اندلعت اشتباكات عنيفة الخميس في عين زارة واستمرت طوال الليل.')).toEqual([
      ['Armed clash', '2019-04-18', 1],
    ]);
  });
});

describe('real dates in articles: a chronicle heading is not a dateline', () => {
  it('reads dates against publication when the first line is a range of days', () => {
    expect(
      dated(
        '12 Apr – 18 Apr: fighting in the south. On 18 April, clashes broke out between Tebu fighters and the Sixth Brigade in Sebha.',
      ),
    ).toContainEqual(['Armed clash', '2019-04-18', 1]);
  });
});

describe('real dates in articles: two weekdays joined by و', () => {
  it('gives one strike per day for "يومي الخميس والجمعة"', () => {
    expect(dated('نفذ سلاح الجو يومي الخميس والجمعة ضربات جوية على مواقع قرب مدينة غريان.')).toEqual([
      ['Air/drone strike', '2019-04-18', 1],
      ['Air/drone strike', '2019-04-19', 1],
    ]);
  });

  it('keeps "ليل الخميس والجمعة" one night of fighting', () => {
    expect(dated('اندلعت اشتباكات ليل الخميس والجمعة في منطقة عين زارة.')).toHaveLength(1);
  });
});
