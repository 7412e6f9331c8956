/**
 * Distinct incidents told in one sentence are split: places joined by "and" that are different spots, "one near
 * A and the other in B", "shells also landed on B", an earlier incident in a temporal clause, a span of days,
 * "another strike on B". Each keeps its own place, date and toll. Snippets written for these tests after the way
 * real reports tell such incidents.
 */
import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../../src/pipeline/types.ts';
import { events } from './snippets.ts';

function at(found: readonly ConflictEvent[], location: string): ConflictEvent {
  const event = found.find((candidate) => candidate.location === location);
  if (event === undefined)
    throw new Error(`no event at ${location}: ${found.map((candidate) => candidate.location).join(', ')}`);
  return event;
}

function on(found: readonly ConflictEvent[], date: string): ConflictEvent {
  const event = found.find((candidate) => candidate.date === date);
  if (event === undefined)
    throw new Error(`no event on ${date}: ${found.map((candidate) => candidate.date).join(', ')}`);
  return event;
}

describe('two towns taken in one clause are two changes of control', () => {
  for (const [language, text] of [
    ['English', 'GNA forces regained the two towns of Gharyan and Asabaa on Monday after hours of fighting.'],
    [
      'Arabic',
      'استعادت قوات حكومة الوفاق السيطرة على مدينتي غريان والأصابعة يوم الاثنين بعد اشتباكات استمرت ساعات.',
    ],
  ] as const) {
    it(`codes Gharyan and Asabaa apart (${language})`, () => {
      const found = events(text, '2020-04-14');
      expect(found).toHaveLength(2);
      for (const location of ['Gharyan', 'Al Asabaa']) {
        const event = at(found, location);
        expect(event.sub_event_type).toBe('Government regains territory');
        expect(event.date).toBe('2020-04-13');
        expect(event.actor1).toBe('GNA Forces');
      }
      expect(new Set(found.map((event) => event.id)).size).toBe(2);
    });
  }
});

describe('"one near A and the other in B" is one strike at each place', () => {
  it('splits the two sites and counts a toll told for both once (English)', () => {
    const found = events(
      'Drones struck two sites on Saturday, one near Zliten and the other in Msallata, killing three people.',
      '2019-12-22',
    );
    expect(found).toHaveLength(2);
    const zliten = at(found, 'Zliten');
    const msallata = at(found, 'Msallata');
    expect(zliten.geo_precision).toBe(2);
    expect(msallata.geo_precision).toBe(1);
    for (const event of found) {
      expect(event.sub_event_type).toBe('Air/drone strike');
      expect(event.date).toBe('2019-12-21');
    }
    expect((zliten.fatalities ?? 0) + (msallata.fatalities ?? 0)).toBe(3);
  });

  it('gives each site the toll told in its own clause (Arabic)', () => {
    const found = events(
      'قصفت طائرات مسيرة موقعين يوم السبت، أحدهما قرب زليتن ما أدى إلى مقتل شخصين، والآخر في مسلاتة دون وقوع إصابات.',
      '2019-12-22',
    );
    expect(found).toHaveLength(2);
    expect(at(found, 'Zliten').fatalities).toBe(2);
    expect(at(found, 'Msallata').fatalities).toBe(0);
    for (const event of found) expect(event.date).toBe('2019-12-21');
  });
});

describe('"shells also landed on B" is another event at B', () => {
  it('keeps Tajoura apart from Abu Salim, the woman counted only at Abu Salim (English)', () => {
    const found = events(
      'Mortar shells hit the Abu Salim district on Monday, killing a woman. Shells also landed on Tajoura, wounding two men.',
      '2020-04-14',
    );
    expect(found).toHaveLength(2);
    const abuSalim = at(found, 'Abu Salim');
    const tajoura = at(found, 'Tajoura');
    expect(abuSalim.fatalities).toBe(1);
    expect(tajoura.fatalities ?? 0).toBe(0);
    for (const event of found) {
      expect(event.sub_event_type).toBe('Shelling/artillery/missile attack');
      expect(event.date).toBe('2020-04-13');
    }
  });

  it('keeps Tajoura apart from Abu Salim in one sentence (Arabic "كما سقطت")', () => {
    const found = events(
      'سقطت قذائف هاون على حي أبو سليم يوم الاثنين ما أدى إلى مقتل امرأة، كما سقطت قذائف على تاجوراء وأصيب رجلان.',
      '2020-04-14',
    );
    expect(found).toHaveLength(2);
    expect(at(found, 'Abu Salim').fatalities).toBe(1);
    expect(at(found, 'Tajoura').fatalities ?? 0).toBe(0);
    for (const event of found) expect(event.date).toBe('2020-04-13');
  });
});

describe('an earlier incident in a temporal clause keeps its own date and toll', () => {
  for (const [language, text] of [
    [
      'English',
      'A drone strike killed four fighters in Gharyan on Monday, two days after one person was killed in shelling on Janzour.',
    ],
    [
      'Arabic',
      'قتل أربعة مسلحين في غارة بطائرة مسيرة على غريان يوم الاثنين، بعد يومين من مقتل شخص في قصف على جنزور.',
    ],
  ] as const) {
    it(`dates the shelling on Janzour two days earlier with its one death (${language})`, () => {
      const found = events(text, '2020-04-14');
      expect(found).toHaveLength(2);
      const strike = at(found, 'Gharyan');
      expect(strike.sub_event_type).toBe('Air/drone strike');
      expect(strike.date).toBe('2020-04-13');
      expect(strike.fatalities).toBe(4);
      const shelling = at(found, 'Janzour');
      expect(shelling.sub_event_type).toBe('Shelling/artillery/missile attack');
      expect(shelling.date).toBe('2020-04-11');
      expect(shelling.fatalities).toBe(1);
    });
  }
});

describe('fighting told over a span of days is one event per day', () => {
  it('splits "from Monday until late on Tuesday" and shares the toll without counting it twice', () => {
    const found = events(
      'Fighting raged in Ain Zara from Monday until late on Tuesday, killing 55 people.',
      '2023-08-16',
    );
    expect(found).toHaveLength(2);
    const monday = on(found, '2023-08-14');
    const tuesday = on(found, '2023-08-15');
    for (const event of found) {
      expect(event.sub_event_type).toBe('Armed clash');
      expect(event.location).toBe('Ain Zara');
      expect(event.time_precision).toBe(1);
    }
    expect(monday.fatalities).toBe(28);
    expect(tuesday.fatalities).toBe(27);
  });

  it('splits "من مساء الاثنين حتى مساء الثلاثاء"', () => {
    const found = events('دارت اشتباكات عنيفة في عين زارة من مساء الاثنين حتى مساء الثلاثاء.', '2023-08-16');
    expect(found).toHaveLength(2);
    for (const date of ['2023-08-14', '2023-08-15']) {
      const event = on(found, date);
      expect(event.sub_event_type).toBe('Armed clash');
      expect(event.location).toBe('Ain Zara');
      expect(event.fatalities).toBeNull();
    }
    expect(new Set(found.map((event) => event.id)).size).toBe(2);
  });
});

describe('"another strike on B" stands apart from the strike before it', () => {
  it('codes "and another strike hit Asabaa" at Asabaa, not at Tarhuna', () => {
    const found = events('Warplanes struck Tarhuna on Monday, and another strike hit Asabaa.', '2020-04-14');
    expect(found).toHaveLength(2);
    for (const location of ['Tarhuna', 'Al Asabaa']) {
      const event = at(found, location);
      expect(event.sub_event_type).toBe('Air/drone strike');
      expect(event.date).toBe('2020-04-13');
      expect(event.geo_precision).toBe(1);
    }
  });

  it('keeps "وغارة أخرى على الأصابعة" out of the running total that follows', () => {
    const found = events(
      'شن الطيران غارة على ترهونة يوم الاثنين، وغارة أخرى على الأصابعة، ليرتفع عدد قتلى الغارات منذ مارس إلى 40 شخصا.',
      '2020-04-14',
    );
    expect(found).toHaveLength(2);
    const tarhuna = at(found, 'Tarhuna');
    expect(tarhuna.date).toBe('2020-04-13');
    expect(tarhuna.time_precision).toBe(1);
    const asabaa = at(found, 'Al Asabaa');
    expect(asabaa.date).toBe('2020-04-13');
    for (const event of found) {
      expect(event.sub_event_type).toBe('Air/drone strike');
      expect(event.fatalities).toBeNull();
    }
  });
});

describe("a place further on in the sentence is not coordinated with the event's place", () => {
  it('keeps one clash at Salah al-Din when explosions "were heard across the capital"', () => {
    const found = events(
      'تجددت الاشتباكات المسلحة مساء الخميس بين مجموعتين مسلحتين في منطقة صلاح الدين، وسط دوي انفجارات سمعت في أرجاء العاصمة.',
      '2018-09-01',
    );
    expect(found).toHaveLength(1);
    const clash = found[0] as ConflictEvent;
    expect(clash.sub_event_type).toBe('Armed clash');
    expect(clash.location).toBe('Salah al-Din');
    expect(clash.date).toBe('2018-08-30');
  });
});
