/**
 * One incident told several times in one article (a lede and a body paragraph, several quoted sources, a
 * definite or demonstrative reference, a generic word after a specific strike) is one event; a place named in a
 * side clause (an actor's seat, an aircraft's base, the fighters' origin, a group's name, a destination) never
 * moves it. Snippets written for these tests after the way real reports tell such incidents.
 */
import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../../src/pipeline/types.ts';
import { events, extract } from './snippets.ts';

function one(text: string, published: string): ConflictEvent {
  const found = events(text, published);
  expect(found.map((event) => `${event.sub_event_type} ${event.date} ${event.location}`)).toHaveLength(1);
  return found[0] as ConflictEvent;
}

describe('a lede retold in the body with another time of the same night is one event', () => {
  it('folds "the strike, carried out overnight" into the strike "late on Saturday" (English)', () => {
    const event = one(
      'A drone strike hit a farmhouse in the Wadi al-Rabie area south of Tripoli late on Saturday, killing three people. ' +
        'The Government of National Accord, which is based in Tripoli, blamed the attack on forces loyal to Haftar. ' +
        'Health officials said the strike, carried out overnight, also wounded two children.',
      '2019-10-13',
    );
    expect(event.sub_event_type).toBe('Air/drone strike');
    expect(event.date).toBe('2019-10-12');
    expect(event.location).toBe('Wadi al-Rabie');
    expect(event.fatalities).toBe(3);
  });

  it('folds a raid "in the early hours of Sunday" into a strike "late on Saturday"', () => {
    const event = one(
      'A drone strike killed three people in Tarhuna late on Saturday, a local official said on Monday. ' +
        'Residents said the raid took place in the early hours of Sunday.',
      '2019-10-14',
    );
    expect(event.sub_event_type).toBe('Air/drone strike');
    expect(event.date).toBe('2019-10-12');
    expect(event.location).toBe('Tarhuna');
    expect(event.fatalities).toBe(3);
  });

  it('keeps the quarter when the lede names only the city and the body the quarter', () => {
    const event = one(
      'Shelling killed two civilians in Tripoli on Monday, the health ministry said.\n\n' +
        'The shells landed on homes in the Abu Salim district on Monday afternoon, according to the ambulance service, which said five people were wounded.',
      '2020-04-14',
    );
    expect(event.sub_event_type).toBe('Shelling/artillery/missile attack');
    expect(event.date).toBe('2020-04-13');
    expect(event.location).toBe('Abu Salim');
    expect(event.fatalities).toBe(2);
  });
});

describe('definite, demonstrative and construct-state references retell the event before them', () => {
  it('reads "هذه الغارات" as the raids just told', () => {
    const event = one(
      'شنت طائرات حربية غارات على مواقع في مدينة سرت فجر اليوم. وأسفرت هذه الغارات عن مقتل ثلاثة مسلحين، بحسب مصدر عسكري.',
      '2020-05-10',
    );
    expect(event.sub_event_type).toBe('Air/drone strike');
    expect(event.date).toBe('2020-05-10');
    expect(event.location).toBe('Sirte');
    expect(event.fatalities).toBe(3);
  });

  it('reads "قصف قاعدة الوطية" (definite by construct state) as the air strikes on the base, not a shelling', () => {
    const event = one(
      'استهدفت غارات جوية قاعدة الوطية الجوية مساء السبت، ما أدى إلى تدمير منظومة دفاع جوي. ' +
        'وقال مصدر عسكري إن قصف قاعدة الوطية جاء بعد ساعات من هجوم على ترهونة.',
      '2020-05-10',
    );
    expect(event.sub_event_type).toBe('Air/drone strike');
    expect(event.date).toBe('2020-05-09');
    expect(event.location).toBe('Al-Watiya Air Base');
    expect(event.fatalities).toBeNull();
  });

  it('reads a bare "القصف" after a drone strike as that strike', () => {
    const event = one(
      'استهدفت طائرة مسيرة سيارة في مدينة غريان ظهر الاثنين، ما أدى إلى مقتل شخصين. وأوضح مصدر أمني أن القصف أصاب السيارة بشكل مباشر.',
      '2020-04-14',
    );
    expect(event.sub_event_type).toBe('Air/drone strike');
    expect(event.date).toBe('2020-04-13');
    expect(event.location).toBe('Gharyan');
    expect(event.fatalities).toBe(2);
  });

  it('reads "the bombing" after an air strike as that strike, not a bomb', () => {
    const event = one(
      'An air strike hit a house in Al-Firnaj on Saturday evening, killing three sisters. The government blamed the bombing on Haftar\u2019s forces.',
      '2019-10-13',
    );
    expect(event.sub_event_type).toBe('Air/drone strike');
    expect(event.date).toBe('2019-10-12');
    expect(event.location).toBe('Al Firnaj');
    expect(event.fatalities).toBe(3);
  });
});

describe('a place in a side clause never relocates the event', () => {
  it('ignores the seat of the government and the base the drone took off from (Arabic)', () => {
    const event = one(
      'قتل أربعة مدنيين في غارة جوية استهدفت منزلا في حي الفرناج بطرابلس مساء الخميس. ' +
        'وقالت حكومة الوفاق ومقرها طرابلس إن القصف نفذته طائرة مسيرة انطلقت من قاعدة الجفرة. ' +
        'وأضافت أن الهجوم أسفر أيضا عن إصابة ثلاثة أطفال.',
      '2019-10-13',
    );
    expect(event.sub_event_type).toBe('Air/drone strike');
    expect(event.date).toBe('2019-10-10');
    expect(event.location).toBe('Al Firnaj');
    expect(event.fatalities).toBe(4);
  });

  it('ignores the town the fighters came from (English and Arabic)', () => {
    const english = one(
      'Clashes erupted in Sirte on Monday between Islamic State militants and fighters who came from Misrata, killing six soldiers.',
      '2016-08-02',
    );
    const arabic = one(
      'اندلعت اشتباكات عنيفة في سرت أمس بين عناصر داعش ومقاتلين قادمين من مصراتة، ما أسفر عن مقتل ستة جنود.',
      '2016-08-02',
    );
    for (const event of [english, arabic]) {
      expect(event.sub_event_type).toBe('Armed clash');
      expect(event.date).toBe('2016-08-01');
      expect(event.location).toBe('Sirte');
      expect(event.fatalities).toBe(6);
    }
  });

  it('ignores a town that names the attacking group', () => {
    const english = one(
      'Artillery of the Misrata Military Council shelled Islamic State positions in Sirte on Sunday, killing five militants.',
      '2016-10-17',
    );
    expect(english.location).toBe('Sirte');
    const arabic = one(
      'قصفت كتائب ثوار مصراتة بالمدفعية مواقع لتنظيم داعش في حي الدولار بسرت صباح الأحد، ما أدى إلى مقتل خمسة من عناصر التنظيم.',
      '2016-10-17',
    );
    expect(arabic.location).toBe('Dollar district (Sirte)');
    for (const event of [english, arabic]) {
      expect(event.sub_event_type).toBe('Shelling/artillery/missile attack');
      expect(event.date).toBe('2016-10-16');
      expect(event.fatalities).toBe(5);
    }
  });

  it('ignores "the Tarhuna-based militia" blamed for a rocket attack on the port', () => {
    const event = one(
      'A rocket attack hit the port of Tripoli on Saturday. The Tarhuna-based Kaniyat militia was blamed for the attack, which killed one worker.',
      '2020-01-26',
    );
    expect(event.sub_event_type).toBe('Shelling/artillery/missile attack');
    expect(event.date).toBe('2020-01-25');
    expect(event.location).toBe('Port of Tripoli');
    expect(event.fatalities).toBe(1);
  });

  it('ignores the town a patrol was heading to', () => {
    const event = one(
      'Two soldiers were killed on Thursday when a roadside bomb exploded near their vehicle west of Sabha. ' +
        'The explosion hit a patrol on the road to Ubari, a military source said.',
      '2018-10-05',
    );
    expect(event.sub_event_type).toBe('Remote explosive/landmine/IED');
    expect(event.date).toBe('2018-10-04');
    expect(event.location).toBe('Sabha');
    expect(event.geo_precision).toBe(2);
    expect(event.fatalities).toBe(2);
  });
});

describe('an updated toll of fighting that broke out days before sums it up', () => {
  for (const [language, text] of [
    [
      'Arabic',
      'قتل ثلاثة مدنيين مساء الجمعة جراء سقوط قذيفة على منزل في حي الهضبة. وتواصلت المواجهات بين الطرفين في منطقتي خلة الفرجان وصلاح الدين. ' +
        'وقالت وزارة الصحة إن حصيلة المواجهات التي اندلعت الأحد الماضي ارتفعت إلى ٢٧ قتيلا.',
    ],
    [
      'English',
      'A mortar shell killed three civilians in a house in Al Hadba on Friday evening. Clashes went on in Khallet al-Furjan and Salah al-Din. ' +
        'The health ministry said the toll of the fighting that broke out last Sunday had risen to 27.',
    ],
  ] as const) {
    it(`keeps the clash on its own day with no toll, the 27 as a summary (${language})`, () => {
      const extraction = extract(text, '2018-09-08');
      const found = extraction.events;
      expect(found).toHaveLength(2);
      const shelling = found.find((event) => event.sub_event_type === 'Shelling/artillery/missile attack');
      expect(shelling?.location).toBe('Al Hadba');
      expect(shelling?.date).toBe('2018-09-07');
      expect(shelling?.fatalities).toBe(3);
      const clash = found.find((event) => event.sub_event_type === 'Armed clash');
      // Khallet al-Furjan is known only by the city's point: the quarter with a point of its own places the clash.
      expect(clash?.location).toBe('Salah al-Din');
      expect(clash?.date).toBe('2018-09-07');
      expect(clash?.fatalities).toBeNull();
      expect(extraction.summaries).toHaveLength(1);
    });
  }
});

describe('"the missiles" told after a drone strike are the strike\'s own', () => {
  for (const [language, text] of [
    [
      'Arabic',
      'قتل خمسة أشخاص في غارة لطائرة مسيرة على حفل زفاف في بلدة أوباري مساء الجمعة. وقال شاهد إن المدعوين كانوا في الساحة عندما سقطت الصواريخ.',
    ],
    [
      'English',
      'A drone strike killed five people at a wedding in Ubari on Friday evening. A witness said the guests were in the courtyard when the missiles hit.',
    ],
  ] as const) {
    it(`folds "when the missiles fell" into the strike (${language})`, () => {
      const event = one(text, '2019-06-09');
      expect(event.sub_event_type).toBe('Air/drone strike');
      expect(event.date).toBe('2019-06-07');
      expect(event.location).toBe('Ubari');
      expect(event.fatalities).toBe(5);
      expect(event.sources).toHaveLength(2);
    });
  }

  it('keeps Grad rockets told after a drone strike as a shelling of their own', () => {
    const found = events(
      'A drone strike killed five people at a wedding in Ubari on Friday evening. A witness said the Grad rockets hit the courtyard later.',
      '2019-06-09',
    );
    expect(found.map((event) => event.sub_event_type).sort()).toEqual([
      'Air/drone strike',
      'Shelling/artillery/missile attack',
    ]);
  });
});

describe('the town the dead came from does not move the clash', () => {
  for (const [language, text] of [
    [
      'Arabic',
      'تجددت المواجهات المسلحة، اليوم الأحد، في محيط مطار طرابلس الدولي بين كتائب الزنتان وتشكيلات من مصراتة. ' +
        'وقال مصدر أمني إن الاشتباكات أسفرت عن مقتل مسلحين اثنين من مصراتة.',
    ],
    [
      'English',
      'Fighting flared on Sunday around Tripoli airport. A security source said the clashes killed two fighters from Misrata.',
    ],
  ] as const) {
    it(`keeps one clash near the airport with the two dead (${language})`, () => {
      const event = one(text, '2014-07-20');
      expect(event.sub_event_type).toBe('Armed clash');
      expect(event.date).toBe('2014-07-20');
      expect(event.location).toBe('Tripoli International Airport');
      expect(event.fatalities).toBe(2);
    });
  }
});
