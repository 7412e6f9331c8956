/**
 * Round three of the real-style error classes (Arabic first): a generic attack word whose weapon follows it as a
 * trigger of its own ("لقصف بقذائف الهاون") is that weapon's act, even when an air base or an aircraft was named a
 * few words before it; an aircraft right at the verb still launches what follows. Snippets written for these
 * tests after the way real reports word these things; each with the events a coder would take from it.
 */
import { describe, expect, it } from 'vitest';
import { events } from './snippets.ts';

const kinds = (text: string, published: string): [string, string | null, string | null][] =>
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

describe('control as the stake of a dispute, not a change of control', () => {
  it('codes the clash but no takeover when a source traces it to "خلاف بين تشكيلين مسلحين على السيطرة على نقطة"', () => {
    const found = events(
      'قتل شخص في اشتباكات اندلعت أمس الأحد في مدينة صبراتة، وأرجع مصدر أمني المواجهات إلى خلاف بين كتيبتين على السيطرة على بوابة أمنية.',
      '2021-03-15',
    );
    expect(
      found.map((event) => [event.sub_event_type, event.location, event.date, event.fatalities]),
    ).toEqual([['Armed clash', 'Sabratha', '2021-03-14', 1]]);
  });

  it('codes nothing for rivalries "متنافسة على النفوذ والسيطرة على الموارد" told as background', () => {
    expect(
      events(
        'وتعيش المدينة توترا دائما بسبب صراعات بين جماعات متنافسة على النفوذ والسيطرة على الموارد.',
        '2023-05-02',
      ),
    ).toEqual([]);
  });

  it('codes nothing for "الصراع على السيطرة على طرق التهريب" as a cause', () => {
    expect(events('ويعود التوتر في الجنوب إلى الصراع على السيطرة على طرق التهريب.', '2022-11-20')).toEqual(
      [],
    );
  });

  it('still codes a force that took an airport ("سيطرت قوة الردع أمس على مطار معيتيقة")', () => {
    expect(
      kinds('وسيطرت قوة الردع أمس على مطار معيتيقة بعد اشتباكات قصيرة.', '2018-01-16').map(([type]) => type),
    ).toContain('Non-state actor overtakes territory');
  });

  it('codes no takeover for "a dispute over control of the refinery" (English)', () => {
    expect(
      events(
        'Residents said the tension stems from a dispute over control of the Zawiya refinery.',
        '2024-07-08',
      ),
    ).toEqual([]);
  });
});

describe('the name of an operation to take a place, not a change of control', () => {
  it('codes nothing for "عملية تحرير بني وليد باتت قريبة" (an operation named, not a town taken)', () => {
    expect(events('ويرى قادة ميدانيون أن عملية تحرير بني وليد باتت قريبة.', '2020-06-08')).toEqual([]);
  });

  it('codes nothing for a plan announced: "خطة لاستعادة السيطرة على الجنوب"', () => {
    expect(events('وكشف المتحدث العسكري أمس عن خطة لاستعادة السيطرة على مدن الجنوب.', '2019-01-10')).toEqual(
      [],
    );
  });

  it('codes nothing for "حملة تحرير درنة" named as the frame of a statement', () => {
    expect(
      events('وقال آمر غرفة العمليات إن حملة تحرير درنة تسير وفق الخطة المرسومة.', '2018-05-20'),
    ).toEqual([]);
  });

  it('still codes a town retaken yesterday ("واستعادت قوات الوفاق أمس السيطرة على ترهونة")', () => {
    expect(kinds('واستعادت قوات الوفاق أمس السيطرة على ترهونة بعد معارك عنيفة.', '2020-06-06')).toEqual([
      ['Government regains territory', 'Tarhuna', '2020-06-05'],
    ]);
  });

  it('still codes a liberation announced as done ("أعلنت القوات أمس تحرير مدينة ترهونة بالكامل")', () => {
    expect(kinds('وأعلنت قوات الوفاق أمس تحرير مدينة ترهونة بالكامل.', '2020-06-06')).toEqual([
      ['Government regains territory', 'Tarhuna', '2020-06-05'],
    ]);
  });
});
