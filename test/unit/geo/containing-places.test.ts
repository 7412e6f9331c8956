import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/pipeline/geo/geodesy.ts';
import { geocode, type Found } from './fixture.ts';

function at(found: Found[], id: string): Found {
  const mention = found.find((item) => item.place?.id === id);
  if (mention === undefined)
    throw new Error(`no mention of ${id} in ${found.map((item) => item.text).join(' | ')}`);
  return mention;
}

describe('a quarter named with its city', () => {
  it('keeps the quarter at precision 1 and the city as context (precision 2) in "حي X بطرابلس"', () => {
    const found = geocode('تجددت الاشتباكات في حي صلاح الدين بطرابلس فجر اليوم');
    expect(at(found, 'ly-tripoli-salah-al-din').geo_precision).toBe(1);
    expect(at(found, 'ly-tripoli').geo_precision).toBe(2);
  });

  it('reads "X, a southern suburb of Tripoli" the same way', () => {
    const found = geocode('Rockets landed in Khallat al-Furjan, a southern suburb of Tripoli, overnight.');
    expect(at(found, 'ly-tripoli-khallet-furjan').geo_precision).toBe(1);
    expect(at(found, 'ly-tripoli').geo_precision).toBe(2);
  });

  it('reads "Tripoli\'s X district" with the city first', () => {
    const found = geocode("Gunmen clashed in Tripoli's Abu Salim district on Friday.");
    expect(at(found, 'ly-tripoli-abu-salim').geo_precision).toBe(1);
    expect(at(found, 'ly-tripoli').geo_precision).toBe(2);
  });

  it('reads "X, Benghazi" as a quarter and its city', () => {
    const found = geocode('An explosion hit Al Sabri, Benghazi, on Monday.');
    expect(at(found, 'ly-benghazi-sabri').geo_precision).toBe(1);
    expect(at(found, 'ly-benghazi').geo_precision).toBe(2);
  });

  it('reads "بحي شيحا بمدينة درنة" with Derna as context', () => {
    const found = geocode('تفجير مقر الحرس البلدي بحي شيحا بمدينة درنة');
    expect(at(found, 'ly-derna-shiha').geo_precision).toBe(1);
    expect(at(found, 'ly-derna').geo_precision).toBe(2);
  });

  it('does not demote a town named in "X in Tripoli" when X is another city', () => {
    const found = geocode('قوات من مصراتة في طرابلس');
    expect(at(found, 'ly-misrata').geo_precision).toBe(1);
    expect(at(found, 'ly-tripoli').geo_precision).toBe(1);
  });
});

describe('a far namesake named as a quarter of a city', () => {
  it('reads "Al Hawari, a southern district of Tripoli" at Tripoli, not at the Benghazi quarter', () => {
    const [quarter] = geocode('Shells hit Al Hawari, a southern district of Tripoli.');
    expect(quarter?.place?.id).toBe('ly-tripoli');
    expect(quarter?.geo_precision).toBe(2);
  });
});

describe('a quarter named after its city', () => {
  it('reads "the eastern Tripoli suburb of Tajoura" as Tajoura with Tripoli as context', () => {
    const found = geocode('Clashes in the eastern Tripoli suburb of Tajoura killed four.');
    expect(at(found, 'ly-tripoli-tajoura').geo_precision).toBe(1);
    expect(at(found, 'ly-tripoli').geo_precision).toBe(2);
  });

  it('does not move a town named before a region ("Germa in Libya\'s south")', () => {
    const [town] = geocode("Fighting broke out in Germa in Libya's south.");
    expect(town?.place?.id).toBe('ly-germa');
    expect(town?.geo_precision).toBe(1);
  });
});

describe('"X, south of Y" where the gazetteer\'s X lies elsewhere', () => {
  it('reads "Al Abyar, south of Tripoli" as south of Tripoli, not the town near Benghazi', () => {
    const [mention] = geocode('Shells hit Al Abyar, south of Tripoli, on Monday.');
    expect(mention?.place?.id).toBe('ly-tripoli');
    expect(mention?.geo_precision).toBe(2);
    expect(mention?.text).toBe('Al Abyar, south of Tripoli');
  });

  it('does the same for "منطقة الأبيار جنوب طرابلس"', () => {
    const [mention] = geocode('قصف على منطقة الأبيار جنوب طرابلس');
    expect(mention?.place?.id).toBe('ly-tripoli');
    expect(mention?.geo_precision).toBe(2);
  });

  it('keeps a place that lies where the phrase says ("Aziziya, south of Tripoli")', () => {
    const found = geocode('Clashes in Aziziya, south of Tripoli, on Monday.');
    expect(at(found, 'ly-aziziya').geo_precision).toBe(1);
  });

  it('never moves a city named with a bearing ("Sirte, east of Tripoli")', () => {
    const found = geocode('Clashes in Sirte, east of Tripoli, on Monday.');
    expect(at(found, 'ly-sirte').geo_precision).toBe(1);
  });
});

describe('a quarter the gazetteer does not name', () => {
  it('places "حي الزهور بطرابلس" at Tripoli with precision 2', () => {
    const [city] = geocode('سقطت قذيفة على حي الزهور بطرابلس');
    expect(city?.place?.id).toBe('ly-tripoli');
    expect(city?.geo_precision).toBe(2);
  });

  it('reads the quarter word with its clitic ("بحي الزهور بمدينة درنة")', () => {
    const [city] = geocode('انفجرت عبوة بحي الزهور بمدينة درنة');
    expect(city?.place?.id).toBe('ly-derna');
    expect(city?.geo_precision).toBe(2);
  });

  it('places "the Zuhur district of Tripoli" at the city, not at the Tripoli admin district', () => {
    const [city] = geocode('Shells hit the Zuhur district of Tripoli.');
    expect(city?.place?.id).toBe('ly-tripoli');
    expect(city?.geo_precision).toBe(2);
  });

  it('places "in Tripoli\'s Zuhur district" at the city with precision 2', () => {
    const [city] = geocode("Two people were killed in Tripoli's Zuhur district.");
    expect(city?.place?.id).toBe('ly-tripoli');
    expect(city?.geo_precision).toBe(2);
  });

  it('keeps "Tripoli\'s mayor" a plain mention of the city', () => {
    expect(geocode("Tripoli's mayor condemned the attack.")[0]?.geo_precision).toBe(1);
  });

  it('places "a suburb of Benghazi" at the city with precision 2', () => {
    const [city] = geocode('a car bomb went off in a suburb of Benghazi');
    expect(city?.place?.id).toBe('ly-benghazi');
    expect(city?.geo_precision).toBe(2);
  });

  it('keeps "منطقة مرزق" and "منطقة القره بوللي" at precision 1 (the area is the town itself)', () => {
    expect(geocode('غادر عناصر التنظيم منطقة مرزق')[0]?.geo_precision).toBe(1);
    expect(geocode('غارة على منطقة القره بوللي')[0]?.geo_precision).toBe(1);
  });

  it('still reads "Tripoli District" and "شعبية طرابلس" as the district', () => {
    expect(geocode('in Tripoli District')[0]?.place?.id).toBe('ly-district-77');
    expect(geocode('في شعبية طرابلس')[0]?.place?.id).toBe('ly-district-77');
  });
});

describe('a locality named before "ب" + its quarter or town', () => {
  it('never sends "الأبيار بعين زارة" to the town of Al Abyar near Benghazi', () => {
    const [locality] = geocode('سيطرت القوة على مخازن في منطقة الأبيار بعين زارة');
    expect(locality?.place?.id).toBe('ly-tripoli-ain-zara');
    expect(locality?.geo_precision).toBe(2);
    expect(distanceKm(locality?.lat ?? 0, locality?.lon ?? 0, 32.8, 13.23)).toBeLessThan(20);
  });

  it('keeps a town that lies within the city\'s reach ("Qasr bin Ghashir in Tripoli")', () => {
    const found = geocode('Fighting in Qasr bin Ghashir in Tripoli on Monday.');
    expect(at(found, 'ly-qasr-bin-ghashir').geo_precision).toBe(1);
  });
});

describe('"between B and C"', () => {
  it('puts an event between two close places at their midpoint with precision 2', () => {
    const [first, second] = geocode('اشتباكات بين عين زارة ووادي الربيع');
    expect(first?.geo_precision).toBe(2);
    expect(second?.geo_precision).toBe(2);
    const midLat = ((first?.place?.lat ?? 0) + (second?.place?.lat ?? 0)) / 2;
    expect(first?.lat).toBeCloseTo(midLat, 5);
  });

  it('does the same in English ("between Sidra and Bin Jawad")', () => {
    const [first] = geocode('Fighting raged between Sidra and Bin Jawad.');
    expect(first?.geo_precision).toBe(2);
    expect(first?.reason).toContain('between');
  });

  it('moves a far namesake named right before "between B and C" to the stretch between them', () => {
    const [first] = geocode('اشتباكات في الأبيار بين عين زارة ووادي الربيع');
    expect(first?.place?.id).toBe('ly-tripoli-ain-zara');
    expect(first?.geo_precision).toBe(2);
    expect(distanceKm(first?.lat ?? 0, first?.lon ?? 0, 32.8, 13.25)).toBeLessThan(20);
  });

  it('keeps a place that lies between them ("Al Twaishah, between Ain Zara and Wadi al-Rabie")', () => {
    const [first] = geocode('Fighting in Al Twaishah, between Ain Zara and Wadi al-Rabie.');
    expect(first?.place?.id).toBe('ly-twaishah');
    expect(first?.geo_precision).toBe(1);
  });

  it('leaves distant places named after "between" alone (forces of two cities)', () => {
    const found = geocode('اشتباكات بين قوات مصراتة والزنتان');
    expect(found.map((item) => item.geo_precision)).toEqual([1, 1]);
  });
});
