/**
 * Places as real reports write them: spellings the gazetteer does not list verbatim, a quarter named
 * with its city, a quarter the gazetteer lacks, "between B and C". Snippets written for these tests
 * after reading Libyan, Gulf, Egyptian and wire reports (test/fixtures/READING.md, "Places").
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/pipeline/extract/distance.ts';
import type { ConflictEvent } from '../../../src/pipeline/types.ts';
import { only } from './snippets.ts';

const AIR = 'Air/drone strike';
const SHELLING = 'Shelling/artillery/missile attack';
const CLASH = 'Armed clash';

function near(event: ConflictEvent, lat: number, lon: number): number {
  return distanceKm(event.latitude ?? 0, event.longitude ?? 0, lat, lon);
}

describe('an event at a place spelled the way the report spells it', () => {
  it('puts rockets on "Tajora" at Tajoura, precision 1, with the toll and the day', () => {
    const event = only(
      'Two civilians were killed on Tuesday when Grad rockets slammed into homes in Tajora, east of the capital, medics said.',
      '2019-06-13',
    );
    expect(event.sub_event_type).toBe(SHELLING);
    expect(event.date).toBe('2019-06-11');
    expect(event.location).toBe('Tajoura');
    expect(event.geo_precision).toBe(1);
    expect(event.fatalities).toBe(2);
  });

  it('puts drone strikes on "Gheryan" at Gharyan', () => {
    const event = only(
      'Drone strikes hit positions in Gheryan on Sunday, killing four fighters.',
      '2019-06-25',
    );
    expect(event.sub_event_type).toBe(AIR);
    expect(event.date).toBe('2019-06-23');
    expect(event.location).toBe('Gharyan');
    expect(event.geo_precision).toBe(1);
    expect(event.fatalities).toBe(4);
  });

  it('puts a bomb in "Qanfuda, west of Benghazi" at Ganfouda, not at the city', () => {
    const event = only(
      'A roadside bomb exploded in Qanfuda, west of Benghazi, on Thursday, killing two soldiers.',
      '2016-11-05',
    );
    expect(event.location).toBe('Ganfouda');
    expect(event.geo_precision).toBe(1);
    expect(event.fatalities).toBe(2);
  });

  it('reads "وادي ربيع" without its article as Wadi al-Rabie', () => {
    const event = only('اندلعت اشتباكات عنيفة مساء الجمعة في وادي ربيع جنوب شرق العاصمة', '2019-08-18');
    expect(event.sub_event_type).toBe(CLASH);
    expect(event.date).toBe('2019-08-16');
    expect(event.location).toBe('Wadi al-Rabie');
    expect(event.geo_precision).toBe(1);
  });

  it('reads "خلة فرجان" without its article as Khallet al-Furjan', () => {
    const event = only('أسفرت غارة جوية على خلة فرجان فجر الاثنين عن مقتل شخصين', '2019-07-03');
    expect(event.sub_event_type).toBe(AIR);
    expect(event.date).toBe('2019-07-01');
    expect(event.location).toBe('Khallet al-Furjan');
    expect(event.geo_precision).toBe(1);
    expect(event.fatalities).toBe(2);
  });

  it('reads "أبو عطني" (the gazetteer writes بوعطني) as Bu Atni in Benghazi', () => {
    const event = only('انفجرت سيارة مفخخة يوم الخميس في منطقة أبو عطني ببنغازي', '2018-01-27');
    expect(event.location).toBe('Bu Atni');
    expect(event.geo_precision).toBe(1);
    expect(event.date).toBe('2018-01-25');
  });
});

describe('a quarter named with its city', () => {
  it('places shells on "حي أبوسليم بطرابلس" in Abu Salim, not at the centre of Tripoli', () => {
    const event = only('قتل ثلاثة مدنيين الثلاثاء في سقوط قذائف على حي أبوسليم بطرابلس', '2019-04-18');
    expect(event.sub_event_type).toBe(SHELLING);
    expect(event.location).toBe('Abu Salim');
    expect(event.geo_precision).toBe(1);
    expect(event.fatalities).toBe(3);
  });

  it('places "Tripoli\'s Abu Salim district" in Abu Salim although Tripoli comes first', () => {
    const event = only(
      "Gunmen clashed on Saturday in Tripoli's Abu Salim district, killing one person.",
      '2022-05-16',
    );
    expect(event.sub_event_type).toBe(CLASH);
    expect(event.location).toBe('Abu Salim');
    expect(event.geo_precision).toBe(1);
    expect(event.fatalities).toBe(1);
  });

  it('places "Khalat Furjan, a southern suburb of Tripoli" in Khallet al-Furjan', () => {
    const event = only(
      'Shells landed on Khalat Furjan, a southern suburb of Tripoli, on Monday, killing a child.',
      '2019-09-11',
    );
    expect(event.location).toBe('Khallet al-Furjan');
    expect(event.geo_precision).toBe(1);
    expect(event.fatalities).toBe(1);
  });

  it('never sends "الأبيار بعين زارة" to the town of Al Abyar near Benghazi', () => {
    const event = only('قصفت طائرة مسيرة يوم السبت مواقع في منطقة الأبيار بعين زارة', '2019-12-23');
    expect(event.sub_event_type).toBe(AIR);
    expect(event.location).toBe('Ain Zara');
    expect(near(event, 32.8, 13.23)).toBeLessThan(20);
  });
});

describe('a quarter the gazetteer does not name', () => {
  it('keeps the city with precision 2 for "حي الزهور بطرابلس"', () => {
    const event = only('سقطت قذيفة على حي الزهور بطرابلس الأحد ما أدى إلى مقتل طفل', '2019-10-15');
    expect(event.sub_event_type).toBe(SHELLING);
    expect(event.location).toBe('Tripoli');
    expect(event.geo_precision).toBe(2);
    expect(event.fatalities).toBe(1);
  });

  it('keeps the city with precision 2 for "the Zuhur district of Tripoli", not the admin district', () => {
    const event = only(
      'Clashes in the Zuhur district of Tripoli on Friday left three people dead.',
      '2019-10-15',
    );
    expect(event.sub_event_type).toBe(CLASH);
    expect(event.location).toBe('Tripoli');
    expect(event.geo_precision).toBe(2);
    expect(event.fatalities).toBe(3);
  });
});

describe('"between B and C"', () => {
  it('puts a clash between two close quarters at their midpoint, precision 2', () => {
    const event = only('تجددت الاشتباكات يوم الخميس بين عين زارة ووادي الربيع', '2019-05-11');
    expect(event.sub_event_type).toBe(CLASH);
    expect(event.geo_precision).toBe(2);
    expect(event.date).toBe('2019-05-09');
  });

  it('reads "in A between B and C" with an unknown A as the stretch between B and C', () => {
    const event = only('اشتباكات يوم الخميس في منطقة الخلاطات بين عين زارة ووادي الربيع', '2019-05-11');
    expect(event.geo_precision).toBe(2);
  });

  it('keeps a known A in "in A, between B and C"', () => {
    const event = only(
      'Fighting raged on Tuesday in Al Twaishah, between Ain Zara and Wadi al-Rabie.',
      '2019-05-11',
    );
    expect(event.location).toBe('Twaishah');
    expect(event.geo_precision).toBe(1);
  });

  it('places a clash "between Sidra and Bin Jawad" on the coast between them', () => {
    const event = only('Heavy fighting broke out on Wednesday between Sidra and Bin Jawad.', '2016-12-09');
    expect(event.geo_precision).toBe(2);
    expect(near(event, 30.65, 18.25)).toBeLessThan(25);
  });
});
