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
