import { describe, it, expect } from 'vitest';
import { events, extract, only } from './snippets.ts';

describe('the place of an event', () => {
  it('takes the place tied to the trigger, not the dateline', () => {
    const event = only('طرابلس - قصفت قوات حفتر مدينة غريان مساء السبت.', '2019-06-02');
    expect(event.location).toBe('Gharyan');
  });

  it('takes the nearer place over one mentioned in passing', () => {
    const event = only(
      'تجددت الاشتباكات مساء الاثنين في عدة مناطق بالعاصمة طرابلس، على خلفية احتجاز قائد في مطار معيتيقة، ما أدى إلى تحويل الرحلات إلى مصراتة.',
      '2023-08-15',
    );
    expect(event.location).toBe('Tripoli');
  });

  it('marks "near Murzuq" as precision 2 and the town itself as precision 1', () => {
    expect(only('Warplanes struck a camp near Murzuq on Tuesday.', '2019-09-25').geo_precision).toBe(2);
    expect(only('Warplanes struck a camp in Murzuq on Tuesday.', '2019-09-25').geo_precision).toBe(1);
  });

  it('ignores a town named in an official\'s title ("آمر عمليات سرت")', () => {
    const event = only('قتل آمر عمليات سرت في غارة جوية استهدفت منطقة الوشكة مساء السبت.', '2020-03-29');
    expect(event.location).toBe('Al Washka');
  });

  it('keeps an event whose place is undisclosed unlocated', () => {
    const event = only(
      'نفذ سلاح الجو ضربة جوية على تجمعات للمرتزقة يوم السبت، لكنه لم يكشف مكان استهدافها.',
      '2020-03-29',
    );
    expect(event.latitude).toBeNull();
    expect(event.geo_precision).toBeNull();
  });

  it('gives each of two places joined by "and" its own strike', () => {
    const found = events(
      'شنت طائرات مسيرة غارتين مساء الخميس، الأولى على مدينة ترهونة والثانية على مدينة بني وليد.',
      '2019-12-20',
    );
    expect(found.map((event) => event.location).sort()).toEqual(['Bani Walid', 'Tarhuna']);
  });
});

describe('the date of an event', () => {
  it('resolves a weekday against the publication date', () => {
    expect(only('قصفت المدفعية حي الهضبة في طرابلس يوم الثلاثاء.', '2019-12-05').date).toBe('2019-12-03');
  });

  it('resolves أمس to the day before publication', () => {
    expect(only('اندلعت اشتباكات في مدينة الزاوية أمس.', '2023-05-25').date).toBe('2023-05-24');
  });

  it('does not take the day of the statement as the day of the strike, but dates it by the sentence that does', () => {
    const found = events(
      'قالت القوات الأميركية الأربعاء إنها قتلت 11 عنصرا من داعش في ضربة جوية قرب مدينة مرزق. ونفذ الهجوم الثلاثاء.',
      '2019-09-25',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBe('2019-09-24');
    expect(found[0]?.time_precision).toBe(1);
  });

  it('uses the statement day with week precision when no other date is given', () => {
    const event = only(
      'The US military said on Wednesday it killed 11 militants in an airstrike near Murzuq.',
      '2019-09-25',
    );
    expect(event.date).toBe('2019-09-25');
    expect(event.time_precision).toBe(2);
  });

  it('carries the date over "meanwhile" but not over "in another development"', () => {
    const meanwhile = events(
      'Clashes near Tripoli airport killed three soldiers on Monday. Meanwhile, an airstrike hit the town of Murzuq.',
      '2019-07-16',
    );
    expect(meanwhile.map((event) => event.date)).toEqual(['2019-07-15', '2019-07-15']);
    const another = events(
      'Clashes near Tripoli airport killed three soldiers on Monday. In another development, an airstrike hit the town of Murzuq.',
      '2019-07-16',
    );
    expect(another.find((event) => event.sub_event_type === 'Air/drone strike')?.time_precision).toBe(3);
  });

  it('falls back to the publication day with month precision when no date is stated', () => {
    const event = only('اشتبكت قوات الجيش مع مسلحي داعش قرب مدينة أوباري.', '2019-10-02');
    expect(event.date).toBe('2019-10-02');
    expect(event.time_precision).toBe(3);
  });
});

describe('actors', () => {
  it('names the attacker and the target with canonical names, whatever the spelling', () => {
    const american = only(
      'قالت القوات الأمريكية إنها قتلت 7 عناصر من تنظيم داعش في ضربة جوية قرب أوباري يوم الأحد.',
      '2019-09-30',
    );
    const americanWithKaf = only(
      'قالت القوات الأميركية إنها قتلت 7 عناصر من تنظيم داعش في ضربة جوية قرب أوباري يوم الأحد.',
      '2019-09-30',
    );
    expect(american.actor1).toBe('US Forces');
    expect(americanWithKaf.actor1).toBe('US Forces');
    expect(american.actor2).toBe('Islamic State');
  });

  it('reads the doer after an Arabic verb ("قصفت مدفعية الجيش الوطني")', () => {
    expect(
      only('قصفت مدفعية الجيش الوطني الليبي مواقع في مدينة درنة اليوم الخميس.', '2018-05-17').actor1,
    ).toBe('LNA');
  });

  it('reads Russian mercenaries as Wagner and Turkish drones as Turkish forces', () => {
    expect(
      only('استهدفت المدفعية مبنى في قصر بن غشير يحتمي داخله مرتزقة روس يوم السبت.', '2020-03-29').actor2,
    ).toBe('Wagner Group');
    expect(only('Turkish drones struck an LNA convoy near Al-Asabaa on Saturday.', '2020-04-19').actor1).toBe(
      'Turkish Forces',
    );
  });

  it('takes both sides of a clash in the order the text names them', () => {
    const event = only(
      'اندلعت اشتباكات بين اللواء 444 قتال وجهاز الردع في طرابلس مساء الاثنين.',
      '2023-08-15',
    );
    expect([event.actor1, event.actor2]).toEqual(['444th Brigade', 'Special Deterrence Force (Rada)']);
  });
});

describe('the dead and the injured', () => {
  it('takes "at least N" as N and keeps the injured apart', () => {
    const event = only(
      'قتل 44 مهاجرا على الأقل وأصيب أكثر من 130 آخرين في غارة جوية على تاجوراء ليل الثلاثاء.',
      '2019-07-03',
    );
    expect(event.fatalities).toBe(44);
    expect(event.injuries).toBe(130);
  });

  it('adds victims named one by one to "and 8 others"', () => {
    expect(
      only(
        'استهدف الطيران منطقة الوشكة يوم السبت ما أدى إلى مقتل درياق، ومعاونه الصداعي، و8 آخرين.',
        '2020-03-29',
      ).fatalities,
    ).toBe(10);
  });

  it('counts a lone victim as one', () => {
    expect(
      only('اندلعت اشتباكات في مدينة الزاوية أمس ما أدى إلى مقتل شخص وإصابة ثلاثة آخرين.', '2023-05-25')
        .fatalities,
    ).toBe(1);
  });

  it('does not add a subset ("including two children")', () => {
    expect(
      only('Shelling killed five civilians, including two children, in Tripoli on Sunday.', '2020-01-06')
        .fatalities,
    ).toBe(5);
  });

  it('leaves "heavy losses" unknown, not zero', () => {
    expect(
      only('اشتبكت قوات الجيش مع مسلحي داعش قرب أوباري أمس وكبدتهم خسائر فادحة.', '2019-10-02').fatalities,
    ).toBeNull();
  });

  it('reads "no casualties" as zero', () => {
    expect(
      only('Mortar shells fell on Mitiga airport on Sunday. No casualties were reported.', '2020-01-27')
        .fatalities,
    ).toBe(0);
  });

  it('reads a toll that "rose to" a number', () => {
    expect(
      only(
        "The death toll from Saturday's clashes in Tripoli rose to 32, the health ministry said.",
        '2022-08-28',
      ).fatalities,
    ).toBe(32);
  });

  it('does not take a running total in the next sentence as the toll of the event', () => {
    const event = only(
      'Fierce fighting raged in Ain Zara on Thursday. The WHO said 56 people had been killed since the offensive began a week ago.',
      '2019-04-12',
    );
    expect(event.fatalities).toBeNull();
  });

  it('keeps low and high where accounts of the toll differ', () => {
    const arabic = only(
      'قتل 5 أشخاص في قصف على حي الهضبة بطرابلس يوم الأحد، فيما قالت مصادر طبية إن عدد القتلى بلغ 7.',
      '2019-08-05',
    );
    expect([arabic.fatalities, arabic.fatalities_high]).toEqual([5, 7]);
    const english = only(
      'A drone strike hit a gathering in Murzuq on Sunday, killing 42 people. Other local sources put the death toll at 45.',
      '2019-08-05',
    );
    expect([english.fatalities, english.fatalities_high]).toEqual([42, 45]);
  });

  it('does not count the displaced as dead', () => {
    expect(
      only('قتل 3 أشخاص ونزوح 200 عائلة جراء قصف على منطقة عين زارة يوم الأحد.', '2019-05-06').fatalities,
    ).toBe(3);
  });

  it('reads "عنصر واحد" as one, not as a list', () => {
    expect(
      only('اندلعت اشتباكات في مدينة مصراتة مساء الثلاثاء أدت إلى مقتل عنصر واحد.', '2025-02-19').fatalities,
    ).toBe(1);
  });

  it('counts "killing a shepherd" as one', () => {
    expect(
      only('Warplanes dropped bombs on a farm near Gharyan on Friday, killing a shepherd.', '2019-08-03')
        .fatalities,
    ).toBe(1);
  });

  it('takes the toll told in the next sentence', () => {
    expect(
      only('اندلعت اشتباكات عنيفة في طرابلس اليوم السبت. وأعلنت وزارة الصحة مقتل 12 شخصا.', '2022-08-27')
        .fatalities,
    ).toBe(12);
  });
});

describe('one incident told several times in one article', () => {
  it('codes a strike told three times as one event with every sentence as evidence', () => {
    const found = events(
      'شن الطيران المسير غارة على منطقة القره بوللي صباح الإثنين. وأسفرت الغارة عن مقتل ثلاثة أشخاص. وقال شهود إن الغارة استهدفت سيارة مدنية.',
      '2020-02-25',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.fatalities).toBe(3);
    expect(found[0]?.sources).toHaveLength(3);
  });

  it('keeps a strike on another day as another event, placed from the context', () => {
    const found = events(
      'قالت القوات الأميركية إنها قتلت 11 عنصرا من داعش في ضربة جوية قرب مدينة مرزق الثلاثاء. وجاءت في أعقاب ضربة يوم 19 سبتمبر أسفرت عن مقتل ثمانية عناصر.',
      '2019-09-25',
    );
    expect(found.map((event) => [event.date, event.fatalities, event.location])).toEqual(
      expect.arrayContaining([
        ['2019-09-24', 11, 'Murzuq'],
        ['2019-09-19', 8, 'Murzuq'],
      ]),
    );
    expect(found.find((event) => event.date === '2019-09-19')?.geo_precision).toBe(2);
  });
});

describe('one place on one day', () => {
  it('codes the same strike on the same quarter and day, told in two paragraphs, once', () => {
    const paragraph = 'قُتل 3 أشخاص، الخميس، في قصف صاروخي استهدف منطقة صلاح الدين، بحسب مستشفى الحوادث.';
    expect(events(`${paragraph}\n\n${paragraph}`, '2020-05-22')).toHaveLength(1);
  });

  it('keeps shelling of two different quarters apart', () => {
    const found = events(
      'قُتل 3 أشخاص، الخميس، في قصف صاروخي استهدف منطقة صلاح الدين. وقال المتحدث إن قوات حفتر قصفت أيضا حي الهضبة.',
      '2020-05-22',
    );
    expect(found.map((event) => event.location).sort()).toEqual(['Al Hadba', 'Salah al-Din']);
  });
});

describe('retellings far apart', () => {
  it('joins a later condemnation of the attack on the same town to the event', () => {
    const text = [
      'Rockets hit a field hospital near Murzuq on Monday, killing 29 people.',
      'The ambulance service said the wounded were taken to Sabha.',
      'A medical source said the toll could rise.',
      'Images showed smoke rising over the area.',
      'The toll could not be independently verified.',
      'There was no immediate claim of responsibility.',
      'Residents said fuel was short.',
      'The foreign ministry condemned the attack on the city of Murzuq.',
    ].join(' ');
    const found = events(text, '2019-08-30');
    expect(found).toHaveLength(1);
    expect(found[0]?.sources.length).toBeGreaterThan(1);
  });

  it('does not make an event of a generic word inside a quotation', () => {
    expect(events('قال المتحدث: «استهداف الأحياء المدنية جريمة حرب لن تمر دون عقاب».', '2019-08-30')).toEqual(
      [],
    );
  });
});

describe('evidence and confidence', () => {
  it('points sources and highlights at the original text', () => {
    const text =
      'قُتل 28 طالبا على الأقل، مساء السبت، في غارة بطائرة مسيرة استهدفت الكلية العسكرية في طرابلس.';
    const event = only(text, '2020-01-05');
    const source = event.sources[0];
    expect(text.slice(source?.start, source?.end)).toBe(text);
    const trigger = event.highlights.find((highlight) => highlight.kind === 'trigger');
    expect(text.slice(trigger?.start, trigger?.end)).toContain('غارة');
    const date = event.highlights.find((highlight) => highlight.kind === 'date');
    expect(text.slice(date?.start, date?.end)).toBe('مساء السبت');
  });

  it('is surer of a dated, placed strike than of one with neither', () => {
    const sure = only('Warplanes struck a camp in Murzuq on Tuesday, killing four fighters.', '2019-09-25');
    const vague = only('Warplanes struck a camp on Tuesday.', '2019-09-25');
    expect(sure.confidence).toBeGreaterThan(vague.confidence);
    expect(vague.confidence_reasons.join(' ')).toContain('no place');
  });

  it('does not code fighting that nothing places, dates, attributes or counts', () => {
    expect(events('Libya holds large oil reserves, and fighting remains a risk.', '2020-01-01')).toEqual([]);
  });

  it('gives the same id when the same article is extracted again', () => {
    const text = 'Clashes erupted in Zawiya on Monday.';
    expect(extract(text, '2023-05-23', 'z1').events[0]?.id).toBe(
      extract(text, '2023-05-23', 'z1').events[0]?.id,
    );
    expect(extract(text, '2023-05-23', 'z1').events[0]?.id).not.toBe(
      extract(text, '2023-05-23', 'z2').events[0]?.id,
    );
  });
});
