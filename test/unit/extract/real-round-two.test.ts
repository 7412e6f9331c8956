/**
 * Round two of the real-style error classes: a strike on a town's quarter that the gazetteer knows only as a far
 * village, a change of control told with "complete"/"التامة", and the onset of a round of fighting dated to a
 * month (background, not an incident). Arabic and English snippets written for these tests after the way real
 * reports word these things; each with the events a coder would take from it.
 */
import { describe, expect, it } from 'vitest';
import { events } from './snippets.ts';

describe('a strike on a quarter of the town the report is about', () => {
  it('codes a shell on "حي القلعة" in an Ubari report at Ubari (precision 2) with its day and two dead', () => {
    const found = events(
      'أوباري - قتل طفلان، مساء أمس الجمعة، في سقوط قذيفة على منزل بحي القلعة وسط المدينة.',
      '2019-09-28',
    );
    expect(found).toHaveLength(1);
    const [event] = found;
    expect(event?.sub_event_type).toBe('Shelling/artillery/missile attack');
    expect(event?.location).toBe('Ubari');
    expect(event?.geo_precision).toBe(2);
    expect(event?.date).toBe('2019-09-27');
    expect(event?.fatalities).toBe(2);
  });

  it('codes a mortar round in "the Al Zaytunah neighbourhood" of Sabha at Sabha (English)', () => {
    const found = events(
      'SABHA, Libya — A mortar round hit a house in the Al Zaytunah neighbourhood on Friday evening, killing two children, residents said.',
      '2019-09-28',
    );
    expect(found).toHaveLength(1);
    const [event] = found;
    expect(event?.location).toBe('Sabha');
    expect(event?.geo_precision).toBe(2);
    expect(event?.date).toBe('2019-09-27');
    expect(event?.fatalities).toBe(2);
  });
});

describe('control taken "completely"', () => {
  it('codes "had taken complete control of Al Hila" as the LNA regaining territory (English)', () => {
    const found = events(
      'The Libyan National Army said on Tuesday it had taken complete control of Al Hila, a hilltop district south of Derna.',
      '2018-05-16',
    );
    expect(found).toHaveLength(1);
    const [event] = found;
    expect(event?.sub_event_type).toBe('Government regains territory');
    expect(event?.location).toBe('Al Hila');
    expect(event?.actor1).toBe('LNA');
  });

  it('codes "gained total control of Gharyan" (English)', () => {
    const found = events(
      'Forces loyal to the GNA said on Monday they had gained total control of Gharyan.',
      '2020-04-21',
    );
    expect(found.map((event) => [event.sub_event_type, event.location, event.actor1])).toEqual([
      ['Government regains territory', 'Gharyan', 'GNA Forces'],
    ]);
  });

  it('codes "بسط السيطرة بالكامل على مدينة الأصابعة" with its day (Arabic)', () => {
    const found = events(
      'قالت قوات حكومة الوفاق إنها تمكنت أمس السبت من بسط السيطرة بالكامل على مدينة الأصابعة.',
      '2020-04-19',
    );
    expect(found).toHaveLength(1);
    const [event] = found;
    expect(event?.sub_event_type).toBe('Government regains territory');
    expect(event?.location).toBe('Al Asabaa');
    expect(event?.date).toBe('2020-04-18');
    expect(event?.actor1).toBe('GNA Forces');
  });

  it('codes "سيطرتها التامة على" as a change of control (Arabic)', () => {
    const found = events('أعلنت قوات الجيش الوطني أمس الأحد سيطرتها التامة على مدينة غريان.', '2020-04-20');
    expect(found.map((event) => [event.sub_event_type, event.location, event.date])).toEqual([
      ['Government regains territory', 'Gharyan', '2020-04-19'],
    ]);
  });

  it('finds no change of control in a vow to take full control', () => {
    expect(events('Haftar vowed to take full control of Tripoli within days.', '2019-04-20')).toEqual([]);
  });
});

describe('the onset of a round of fighting dated to a month is background', () => {
  it('codes the day\'s clash and not "the latest round began in early February" (English)', () => {
    const found = events(
      'On Tuesday, residents reported heavy clashes between tribal fighters in the Tayuri district of Sabha. The latest round of fighting began in early February after a shooting at a checkpoint.',
      '2018-03-07',
    );
    expect(found.map((event) => [event.sub_event_type, event.date, event.time_precision])).toEqual([
      ['Armed clash', '2018-03-06', 1],
    ]);
  });

  it('finds no event in "clashes erupted in late August after an arrest" (English)', () => {
    expect(
      events(
        'The current clashes erupted in late August after a militia commander was arrested.',
        '2018-09-04',
      ),
    ).toEqual([]);
  });

  it('finds no event in "اندلعت المواجهات الحالية مطلع أغسطس الماضي" (Arabic)', () => {
    expect(
      events(
        'واندلعت المواجهات الحالية بين الطرفين مطلع أغسطس الماضي إثر مقتل أحد عناصر الكتيبة.',
        '2018-09-04',
      ),
    ).toEqual([]);
  });

  it('finds no event in "كانت المعارك قد اندلعت في منتصف يناير" (Arabic)', () => {
    expect(events('وكانت المعارك قد اندلعت في منتصف يناير بعد هجوم على مقر الكتيبة.', '2018-03-04')).toEqual(
      [],
    );
  });

  it('keeps clashes that broke out on a named day, in either language', () => {
    const english = events(
      'Fighting broke out on Sunday morning in Gharyan, killing three fighters.',
      '2018-09-04',
    );
    expect(english.map((event) => [event.location, event.date, event.fatalities])).toEqual([
      ['Gharyan', '2018-09-02', 3],
    ]);
    const arabic = events('اندلعت اشتباكات عنيفة مساء أمس في منطقة عين زارة جنوب طرابلس.', '2018-09-04');
    expect(arabic.map((event) => [event.location, event.date])).toEqual([['Ain Zara', '2018-09-03']]);
  });
});

describe('a bomb hit as a strike target is not an explosion', () => {
  it('codes "airstrikes hit two fighting positions and a car bomb" as one air strike (English)', () => {
    const found = events(
      'US airstrikes hit two fighting positions and a car bomb in Sirte on Thursday, Africom said.',
      '2016-09-23',
    );
    expect(found.map((event) => [event.sub_event_type, event.location, event.date])).toEqual([
      ['Air/drone strike', 'Sirte', '2016-09-22'],
    ]);
  });

  it('finds no bombing in "the targets hit were … a vehicle-borne improvised explosive device" (English)', () => {
    const found = events(
      'The targets hit on Thursday were a vehicle-borne improvised explosive device and a truck.',
      '2016-09-23',
    );
    expect(
      found.filter(
        (event) =>
          event.event_type === 'Explosions/Remote violence' &&
          event.sub_event_type === 'Remote explosive/landmine/IED',
      ),
    ).toEqual([]);
  });

  it('codes "دمرت الغارة سيارة مفخخة" as one air strike (Arabic)', () => {
    const found = events(
      'دمرت الغارة سيارة مفخخة كانت معدة للهجوم على مواقع القوات في سرت يوم الخميس.',
      '2016-09-23',
    );
    expect(found.map((event) => [event.sub_event_type, event.location, event.date])).toEqual([
      ['Air/drone strike', 'Sirte', '2016-09-22'],
    ]);
  });

  it('keeps a car bomb that went off, in either language', () => {
    const english = events(
      'A car bomb exploded near a checkpoint in Benghazi on Thursday, killing two soldiers.',
      '2016-09-23',
    );
    expect(english.map((event) => [event.sub_event_type, event.location, event.fatalities])).toEqual([
      ['Remote explosive/landmine/IED', 'Benghazi', 2],
    ]);
    const arabic = events('انفجرت سيارة مفخخة أمام مديرية الأمن في بنغازي يوم الخميس.', '2016-09-23');
    expect(arabic.map((event) => [event.sub_event_type, event.location, event.date])).toEqual([
      ['Remote explosive/landmine/IED', 'Benghazi', '2016-09-22'],
    ]);
  });
});

describe('vehicles and weapons seized are booty, not territory', () => {
  it('finds no change of control in "صدوا هجوما واستولوا على آليات عسكرية" (Arabic)', () => {
    const found = events(
      'قال المكتب الإعلامي للمجلس إن مقاتليه صدوا هجوما واسعا واستولوا على آليات عسكرية في بنغازي أمس.',
      '2014-10-16',
    );
    expect(found.filter((event) => event.sub_event_type.includes('territory'))).toEqual([]);
  });

  it('keeps the fighting and drops the seizure in "استولت القوات على عدد من الآليات خلال المعارك" (Arabic)', () => {
    const found = events(
      'واستولت القوات على عدد من الآليات المسلحة خلال المعارك في سرت يوم الخميس.',
      '2014-10-17',
    );
    expect(found.map((event) => [event.sub_event_type, event.location, event.date])).toEqual([
      ['Armed clash', 'Sirte', '2014-10-16'],
    ]);
  });

  it('finds no change of control in "captured three tanks and ammunition" (English)', () => {
    expect(
      events('Rebels said they had captured three tanks and ammunition near Brega on Friday.', '2011-04-02'),
    ).toEqual([]);
  });

  it('keeps a town or a building taken, in either language', () => {
    const english = events('Rebels captured the town of Brega on Friday after heavy fighting.', '2011-04-02');
    expect(english.map((event) => [event.sub_event_type, event.location, event.date])).toContainEqual([
      'Non-state actor overtakes territory',
      'Brega',
      '2011-04-01',
    ]);
    const arabic = events('استولى مسلحون على مقر البلدية في مدينة صبراتة يوم الجمعة.', '2017-09-23');
    expect(arabic.map((event) => [event.sub_event_type, event.location, event.date])).toEqual([
      ['Non-state actor overtakes territory', 'Sabratha', '2017-09-22'],
    ]);
  });
});

describe("a base in an officer's title is not where the strike fell", () => {
  it('codes the strike at Bu Atni after "بحسب آمر غرفة العمليات الجوية بقاعدة بنينا" (Arabic)', () => {
    const found = events(
      'وكانت مقاتلات تابعة لسلاح الجو قد شنت مساء أمس غارات على تمركزات للمجلس في منطقة بوعطني، بحسب آمر غرفة العمليات الجوية بقاعدة بنينا.',
      '2014-10-16',
    );
    expect(found.map((event) => [event.sub_event_type, event.location, event.date])).toEqual([
      ['Air/drone strike', 'Bu Atni', '2014-10-15'],
    ]);
  });

  it('codes the strike at Al Hawari when the air operations commander at Benina speaks first (Arabic)', () => {
    const found = events(
      'قال آمر غرفة العمليات الجوية بقاعدة بنينا إن مقاتلات شنت مساء أمس غارات على تمركزات للمسلحين في منطقة الهواري.',
      '2015-05-10',
    );
    expect(found.map((event) => [event.location, event.date])).toEqual([
      ['Al Hawari (Benghazi)', '2015-05-09'],
    ]);
  });

  it('codes the strike at Al Hawari, not at the Benina base of the officer who told it (English)', () => {
    const found = events(
      'Warplanes struck militant positions in Hawari on Saturday evening, the head of the air operations room at Benina air base said.',
      '2015-05-10',
    );
    expect(found.map((event) => [event.location, event.date])).toEqual([
      ['Al Hawari (Benghazi)', '2015-05-09'],
    ]);
  });
});
