/**
 * Round three of the real-style error classes (Arabic first): a generic attack word whose weapon follows it as a
 * trigger of its own ("لقصف بقذائف الهاون") is that weapon's act, even when an air base or an aircraft was named a
 * few words before it; an aircraft right at the verb still launches what follows. Snippets written for these
 * tests after the way real reports word these things; each with the events a coder would take from it.
 */
import { describe, expect, it } from 'vitest';
import { events } from './snippets.ts';

const kinds = (text: string, published: string): [string, string | null, string][] =>
  events(text, published).map((event) => [event.sub_event_type, event.location, event.date]);

describe('a generic attack word followed by its weapon', () => {
  it('codes mortars on an air base ("قاعدة الوطية الجوية لقصف بقذائف الهاون") as one shelling, not an air strike', () => {
    expect(
      kinds(
        'تعرضت قاعدة الوطية الجوية، صباح أمس الأحد، لقصف بقذائف الهاون من دون تسجيل إصابات.',
        '2020-05-04',
      ),
    ).toEqual([['Shelling/artillery/missile attack', 'Al-Watiya Air Base', '2020-05-03']]);
  });

  it('codes Grad rockets on an airport ("لقصف بصواريخ غراد") as shelling with no dead', () => {
    const found = events(
      'تعرض مطار معيتيقة الدولي ليل الخميس لقصف بصواريخ غراد دون وقوع إصابات.',
      '2020-02-29',
    );
    expect(
      found.map((event) => [event.sub_event_type, event.location, event.date, event.fatalities]),
    ).toEqual([['Shelling/artillery/missile attack', 'Mitiga airport', '2020-02-27', 0]]);
  });

  it('codes rockets fired at an air base "with Grad rockets" as shelling (English)', () => {
    expect(kinds('The Watiya air base came under attack with Grad rockets on Friday.', '2020-04-12')).toEqual(
      [['Shelling/artillery/missile attack', 'Al-Watiya Air Base', '2020-04-10']],
    );
  });

  it('keeps warplanes that "bombed with rockets" an air strike (the aircraft stands at the verb)', () => {
    expect(kinds('طائرات حربية قصفت بالصواريخ أمس مواقع في سرت.', '2016-02-11')).toEqual([
      ['Air/drone strike', 'Sirte', '2016-02-10'],
    ]);
  });

  it('does not take the type of a ruled-out trigger after the verb ("هجوما للسيطرة على" is no event by itself)', () => {
    expect(events('ويشن المهاجمون منذ مطلع الشهر هجوما للسيطرة على غريان.', '2019-04-20')).toEqual([]);
  });
});
