import { describe, it, expect } from 'vitest';
import { events, only } from './snippets.ts';

describe('Arabic attack words with attached pronouns', () => {
  it('finds a strike told as "غاراتها" (its strikes)', () => {
    const event = only('شنت الطائرات التركية، مساء الخميس، غاراتها على مواقع في مدينة سرت.', '2020-07-12');
    expect(event.sub_event_type).toBe('Air/drone strike');
    expect(event.date).toBe('2020-07-09');
  });

  it('finds a shelling told as "قذائفها" (its shells)', () => {
    const event = only('أطلقت قوات حفتر قذائفها على حي الهضبة في طرابلس صباح الأحد.', '2019-12-16');
    expect(event.sub_event_type).toBe('Shelling/artillery/missile attack');
  });
});

describe('sounds of fighting are not bombings', () => {
  it('does not code "gunfire and explosions rang out" as an IED', () => {
    const found = events(
      'Gunfire and explosions rang out in the Janzour district of Tripoli on Friday.',
      '2022-06-11',
    );
    expect(found.every((event) => event.sub_event_type !== 'Remote explosive/landmine/IED')).toBe(true);
  });

  it('does not code "دوي انفجارات" as an IED', () => {
    const found = events('سمع سكان مدينة الزاوية دوي انفجارات مساء الجمعة.', '2023-04-08');
    expect(found).toEqual([]);
  });

  it('still codes an explosion that killed people', () => {
    const event = only('An explosion killed three people in Sabha on Friday.', '2022-06-11');
    expect(event.sub_event_type).toBe('Remote explosive/landmine/IED');
  });
});

describe('history named by a past year', () => {
  it('does not code a capture put "in 2015" in an article of 2016', () => {
    expect(events('The group seized Derna in 2015 and held it for months.', '2016-03-10')).toEqual([]);
  });
});

describe('place names that name a street or a building', () => {
  it('does not put fighting on "Tripoli Street" in Tripoli', () => {
    const event = only(
      'Rebels pushed loyalist forces back from Tripoli Street in Misrata after fierce fighting on Sunday.',
      '2011-04-25',
    );
    expect(event.location).toBe('Misrata');
  });

  it('does not place an event at the town of a hospital that gave the toll', () => {
    const event = only(
      'At least nine fighters were killed in clashes in Sirte on Monday, a spokesman for the Misrata hospital said.',
      '2016-07-05',
    );
    expect(event.location).toBe('Sirte');
  });

  it('does not place an event at the town in "شارع طرابلس"', () => {
    const event = only('اندلعت اشتباكات عنيفة في شارع طرابلس بمدينة مصراتة مساء الأحد.', '2011-04-25');
    expect(event.location).toBe('Misrata');
  });
});

describe('days told relative to another event or to the night', () => {
  it('dates rockets told "a day after" to the day before the dated strike', () => {
    const found = events(
      'A drone strike hit a farm in Tarhuna on Tuesday. It came a day after mortar shells landed on the Hadba district of Tripoli.',
      '2020-02-13',
    );
    const shelling = found.find((event) => event.sub_event_type === 'Shelling/artillery/missile attack');
    expect(shelling?.date).toBe('2020-02-10');
    expect(shelling?.time_precision).toBe(1);
  });

  it('dates "بعد يومين من" two days before the dated event', () => {
    const found = events(
      'استهدفت غارة جوية مخزنا للذخيرة في الجفرة مساء الأربعاء. وجاءت الغارة بعد يومين من سقوط قذائف هاون على منطقة عين زارة.',
      '2020-02-14',
    );
    const shelling = found.find((event) => event.sub_event_type === 'Shelling/artillery/missile attack');
    expect(shelling?.date).toBe('2020-02-10');
  });

  it('does not invent a day "a day after" an event whose day is unknown', () => {
    const found = events(
      'Rockets landed on Tajoura a day after the talks in Geneva collapsed.',
      '2020-02-14',
    );
    expect(found.every((event) => event.time_precision !== 1 || event.date === '2020-02-14')).toBe(true);
  });

  it('dates "overnight" with no day named to the night before publication', () => {
    const event = only(
      'Grad rockets slammed into the port of Misrata overnight, a rebel spokesman said.',
      '2011-05-04',
    );
    expect(event.date).toBe('2011-05-03');
    expect(event.time_precision).toBe(1);
  });
});

describe('running totals and "since" in their own clause', () => {
  it('codes fighting "منذ ساعات فجر اليوم" as today\'s, not a running total', () => {
    const event = only(
      'تشهد مدينة الزاوية منذ ساعات فجر اليوم الجمعة اشتباكات عنيفة بين مجموعتين مسلحتين.',
      '2023-06-02',
    );
    expect(event.sub_event_type).toBe('Armed clash');
    expect(event.date).toBe('2023-06-02');
  });

  it('keeps a dated battle when a toll "since the start" is reported in another clause', () => {
    const event = only(
      'اندلعت أمس الجمعة معارك عنيفة في محيط مطار طرابلس، وأعلنت وزارة الصحة مقتل 50 شخصا منذ بدء الهجوم.',
      '2019-04-13',
    );
    expect(event.date).toBe('2019-04-12');
    expect(event.fatalities).toBeNull();
  });

  it('still treats a toll "since" in the same clause as a summary', () => {
    expect(events('Clashes have killed 50 people in Tripoli since April 4.', '2019-04-20')).toEqual([]);
  });
});

describe('opening datelines with a date', () => {
  it('does not date or place a strike by "Tripoli, 2 September 2019:"', () => {
    const event = only(
      'Tripoli, 12 March 2020: Shells landed on a school in Ain Zara on Tuesday, killing a teacher.',
      '2020-03-12',
    );
    expect(event.date).toBe('2020-03-10');
    expect(event.location).toBe('Ain Zara');
  });

  it('does not date a clash by "TRIPOLI, June 10 (Xinhua) --"', () => {
    const event = only(
      'TRIPOLI, June 10 (Xinhua) -- Clashes broke out in Sabratha on Wednesday, a local source said.',
      '2016-06-10',
    );
    expect(event.date).toBe('2016-06-08');
  });
});

describe('a date opening the sentence is not a target marker', () => {
  it('keeps "On Thursday, government forces recaptured" with the government as the taker', () => {
    const event = only(
      'On Thursday, government forces recaptured the town of Gharyan, a spokesman said.',
      '2019-06-28',
    );
    expect(event.sub_event_type).toBe('Government regains territory');
    expect(event.actor1).toBe('GNA Forces');
  });
});

describe('retellings and sides carried over', () => {
  it('joins "وجاء القصف" to the air strike told before it', () => {
    const found = events(
      'قتل خمسة أشخاص في غارة جوية على مزرعة في ترهونة مساء الأحد. وجاء القصف بعد ساعات من زيارة وفد أممي.',
      '2020-05-11',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.sub_event_type).toBe('Air/drone strike');
  });

  it('gives a change of control with no side named the side told just before', () => {
    const found = events(
      'GNA forces clashed with Islamic State fighters in Sirte on Thursday. The forces also seized the port, a spokesman added.',
      '2016-06-10',
    );
    expect(found.some((event) => event.sub_event_type === 'Government regains territory')).toBe(true);
  });

  it('codes a "final assault" as fighting', () => {
    const event = only('Six soldiers were killed in the final assault on Ganfouda on Monday.', '2017-01-25');
    expect(event.sub_event_type).toBe('Armed clash');
    expect(event.fatalities).toBe(6);
  });
});
