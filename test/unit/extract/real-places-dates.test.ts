/**
 * Places and dates as real reports write them (issue 13): a place that only locates another ("البريقة الساحلية
 * غربي بنغازي", "Gheryan, 80 km south of Tripoli"), a long distance from a town that gives no point, place names
 * inside a group's name or the fighters' origin, a town named "in" its municipality. Snippets written for these
 * tests after reading real Libyan, Egyptian, Gulf and wire reports (test/fixtures/READING.md, "Places and dates
 * in real reporting").
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/pipeline/extract/distance.ts';
import type { ConflictEvent } from '../../../src/pipeline/types.ts';
import { events, only } from './snippets.ts';

const AIR = 'Air/drone strike';
const CLASH = 'Armed clash';

function kmFrom(event: ConflictEvent, lat: number, lon: number): number {
  return distanceKm(event.latitude ?? 0, event.longitude ?? 0, lat, lon);
}

describe('a place that only locates another is not where the event happened', () => {
  it('puts fighting in "مدينة الزويتينة الساحلية شرقي سرت" at Zueitina, not at Sirte', () => {
    const event = only(
      'قتل أمس أربعة مقاتلين في معارك شهدتها مدينة الزويتينة الساحلية شرقي سرت، وفق مصادر طبية.',
      '2016-09-12',
    );
    expect(event.sub_event_type).toBe(CLASH);
    expect(event.date).toBe('2016-09-11');
    expect(event.location).toBe('Zueitina');
    expect(event.geo_precision).toBe(1);
    expect(event.fatalities).toBe(4);
  });

  it('puts a strike on "Gharyan, 80 km south of Tripoli" at Gharyan', () => {
    const event = only(
      'Warplanes struck positions in Gharyan, 80 km south of Tripoli, on Saturday evening, killing three fighters.',
      '2019-06-03',
    );
    expect(event.sub_event_type).toBe(AIR);
    expect(event.date).toBe('2019-06-01');
    expect(event.location).toBe('Gharyan');
    expect(event.geo_precision).toBe(1);
    expect(event.fatalities).toBe(3);
  });

  it('keeps Sirte for "Sirte, 450 kilometers east of Tripoli" (the opening is no dateline)', () => {
    const event = only(
      'Drones struck Sirte, 450 kilometers (280 miles) east of Tripoli, on Friday.',
      '2016-02-20',
    );
    expect(event.sub_event_type).toBe(AIR);
    expect(event.date).toBe('2016-02-19');
    expect(event.location).toBe('Sirte');
  });

  it('makes one unlocated takeover of "the town 400 km east of Sirte and 150 km west of Tobruk", not two', () => {
    const found = events(
      'تمكن المقاتلون صباح أمس من استعادة السيطرة على المدينة الواقعة على بعد 400 كلم شرق سرت ونحو 150 كيلومترا غرب طبرق.',
      '2011-03-03',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBe('2011-03-02');
    expect(found[0]?.location).toBeNull();
    expect(found[0]?.latitude).toBeNull();
  });

  it('puts a raid near "قلعة السدادة الواقعة شرق بني وليد بمسافة 80 كيلو مترا" at Sadada', () => {
    const event = only(
      'سمعت انفجارات عنيفة إثر غارة جوية عصر اليوم في محيط قلعة السدادة الواقعة شرق بلدية بني وليد،بمسافة 80 كيلو مترا.',
      '2018-04-21',
    );
    expect(event.sub_event_type).toBe(AIR);
    expect(event.date).toBe('2018-04-21');
    expect(event.location).toBe('Assadada');
    expect(event.geo_precision).toBe(2);
  });

  it('puts a strike "10 km south of Tripoli" near Tripoli (precision 2) at the point the phrase gives', () => {
    const event = only(
      'An airstrike hit a farm 10 km south of Tripoli on Monday, killing two.',
      '2020-01-01',
    );
    expect(event.location).toBe('Tripoli');
    expect(event.geo_precision).toBe(2);
    expect(kmFrom(event, 32.887, 13.187)).toBeCloseTo(10, 0);
  });

  it('keeps the point a bearing gives up to 100 km ("45 km south-east of Sabha"), precision 2', () => {
    const event = only(
      'Drones struck a convoy 45 km southeast of Sabha on Monday, killing three.',
      '2020-01-01',
    );
    expect(event.sub_event_type).toBe(AIR);
    expect(event.geo_precision).toBe(2);
    expect(kmFrom(event, 27.038, 14.428)).toBeCloseTo(45, -1);
    expect(event.fatalities).toBe(3);
  });

  it('does not put "40 km from Gharyan" (no bearing) at Gharyan itself', () => {
    const event = only('اشتبكت قوات الجيش أمس مع مسلحين على بعد 40 كيلومترا من غريان.', '2019-06-03');
    expect(event.sub_event_type).toBe(CLASH);
    expect(event.location).not.toBe('Gharyan');
  });

  it('gives "على بعد 120 كيلومترا جنوب الكفرة" only its district, and "700 km" no point at all', () => {
    const district = only('اشتبكت قوات الجيش أمس مع مسلحين على بعد 120 كيلومترا جنوب الكفرة.', '2025-01-21');
    expect(district.sub_event_type).toBe(CLASH);
    expect(district.geo_precision).toBe(3);
    expect(district.location).toBe('Al Kufrah District');
    const far = only('Troops clashed with gunmen yesterday some 700 km south of Tripoli.', '2025-01-21');
    expect(far.latitude).toBeNull();
    expect(far.location).toBeNull();
  });
});

describe('a place that names a group or where fighters came from', () => {
  it('does not put a strike on "شورى ثوار درنة وأجدابيا" in Ajdabiya: south of Sirte stands', () => {
    const event = only(
      'استهدف الطيران الحربي يوم السبت عناصر تابعة لمجلس شورى ثوار درنة وأجدابيا في قصف جوي جنوب مدينة سرت.',
      '2018-04-22',
    );
    expect(event.sub_event_type).toBe(AIR);
    expect(event.date).toBe('2018-04-21');
    expect(event.location).toBe('Sirte');
    expect(event.geo_precision).toBe(2);
  });

  it('puts a strike on "بوابة تابعة لشورى بنغازي قرب مدينة هون" near Hun, not in Benghazi', () => {
    const event = only('دمرت غارة جوية اليوم بوابة تابعة لشورى بنغازي قرب مدينة هون.', '2019-08-05');
    expect(event.location).toBe('Hun');
    expect(event.geo_precision).toBe(2);
  });

  it('does not put fighting "بين قوات من الزاوية وأخرى من مصراتة" in Misrata', () => {
    const event = only('اندلعت اشتباكات مساء الاثنين بين قوات من الزاوية وأخرى من مصراتة.', '2025-05-13');
    expect(event.sub_event_type).toBe(CLASH);
    expect(event.date).toBe('2025-05-12');
    expect(event.location).toBeNull();
  });

  it('does not put fighting "between forces from Zawiya and others from Misrata" in Misrata', () => {
    const event = only(
      'Clashes broke out on Monday between forces from Zawiya and others from Misrata.',
      '2025-05-13',
    );
    expect(event.location).toBeNull();
  });

  it('puts a takeover by "مقاتلون أتوا من مصراتة" where it happened, not in Misrata', () => {
    const event = only('انتزع مقاتلون أتوا من مصراتة يوم الخميس معسكر اليرموك في طرابلس.', '2014-08-23');
    expect(event.date).toBe('2014-08-21');
    expect(event.location).toBe('Yarmouk camp');
  });

  it('does not put a strike on "the Misrata and Zintan brigades near Sirte" in Misrata', () => {
    const event = only(
      'Warplanes struck the Misrata and Zintan brigades near Sirte on Monday.',
      '2025-05-13',
    );
    expect(event.location).toBe('Sirte');
    expect(event.geo_precision).toBe(2);
  });
});

describe('a town named in its municipality keeps the town', () => {
  it('puts a takeover of "بلدة النوفلية بمدينة سرت" at Nofaliya, 115 km from Sirte', () => {
    const event = only('سيطرت القوات أمس على بلدة النوفلية بمدينة سرت.', '2015-04-02');
    expect(event.date).toBe('2015-04-01');
    expect(event.location).toBe('Nofaliya');
    expect(event.geo_precision).toBe(1);
  });

  it('does not give "معارك" in the same sentence the container Sirte', () => {
    const found = events(
      'أعلنت القوات سيطرتها أمس على بلدة هراوة بمدينة سرت بعد معارك مع داعش.',
      '2015-04-02',
    );
    expect(found.length).toBeGreaterThan(0);
    for (const event of found) expect(event.location).toBe('Harawa');
  });
});

describe('dates as real reports write them', () => {
  it('reads "منذ ثلاثة أسابيع" after a finished attack as three weeks ago (precision 2), not publication', () => {
    const event = only(
      'وأدى آخر هجوم نفذه انتحاري على بوابة جنوب مدينة أجدابيا منذ ثلاثة أسابيع إلى إصابة أربعة أشخاص.',
      '2018-03-30',
    );
    expect(event.sub_event_type).toBe('Suicide bomb');
    expect(event.date).toBe('2018-03-09');
    expect(event.time_precision).toBe(2);
  });

  it('reads "منذ يومين" after a strike as two days ago', () => {
    const event = only(
      'قتل ثلاثة مدنيين في غارة جوية على مدينة سرت منذ يومين، وفق مصادر محلية.',
      '2018-03-30',
    );
    expect(event.sub_event_type).toBe(AIR);
    expect(event.date).toBe('2018-03-28');
    expect(event.location).toBe('Sirte');
  });

  it('reads two ordinal days "يومي الثالث والسادس من يوليو" as two events, on the 3rd and the 6th', () => {
    const found = events(
      'وفجر انتحاريون سيارتين مفخختين يومي الثالث والسادس من يوليو الجاري في مدينة درنة.',
      '2015-07-22',
    );
    expect(found.map((event) => event.date).sort()).toEqual(['2015-07-03', '2015-07-06']);
    for (const event of found) expect(event.location).toBe('Derna');
  });

  it('reads "on 3 and 6 July" as two events, not four', () => {
    const found = events('Suicide bombers blew up car bombs in Derna on 3 and 6 July.', '2015-07-22');
    expect(found.map((event) => event.date).sort()).toEqual(['2015-07-03', '2015-07-06']);
  });

  it('still reads "يومي الخميس والجمعة" as both days', () => {
    const found = events('اندلعت اشتباكات في سبها يومي الخميس والجمعة.', '2015-07-22');
    expect(found.map((event) => event.date).sort()).toEqual(['2015-07-16', '2015-07-17']);
  });
});
