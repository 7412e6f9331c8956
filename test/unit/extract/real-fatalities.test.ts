/**
 * Tolls as real reports write them (Libyan, Egyptian, Gulf and wire copy, 2011–2025; studied pages
 * listed under "## Fatalities" in test/fixtures/READING.md). The snippets are our own: names, places
 * and numbers changed. Each states the event and the dead and wounded a coder would record.
 */
import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../../src/pipeline/types.ts';
import { events, only } from './snippets.ts';

/** Tuesday 7 January 2020: "Sunday" is the 5th, "Monday" the 6th. */
const PUBLISHED = '2020-01-07';

interface Expected {
  type: ConflictEvent['sub_event_type'];
  date: string;
  location: string | null;
  fatalities: number | null;
  injuries?: number | null;
}

function toll(text: string): Expected {
  const event = only(text, PUBLISHED);
  return {
    type: event.sub_event_type,
    date: event.date ?? '',
    location: event.location,
    fatalities: event.fatalities,
    injuries: event.injuries,
  };
}

const SHELLING = 'Shelling/artillery/missile attack';
const CLASH = 'Armed clash';
const AIR = 'Air/drone strike';

describe('one victim, with an adjective or in the accusative, counts one', () => {
  it('reads "an old woman was killed" and "a 10-year-old girl was killed" as one dead', () => {
    expect(toll('An old woman was killed when a shell hit her house in Ain Zara on Sunday.')).toEqual({
      type: SHELLING,
      date: '2020-01-05',
      location: 'Ain Zara',
      fatalities: 1,
      injuries: null,
    });
    expect(
      toll('A 10-year-old girl was killed when a shell hit her home in Ain Zara on Sunday.').fatalities,
    ).toBe(1);
  });

  it('reads "a young man was killed" and "an elderly man died" as one dead', () => {
    expect(toll('A young man was killed in clashes in Zawiya on Monday.')).toEqual({
      type: CLASH,
      date: '2020-01-06',
      location: 'Zawiya',
      fatalities: 1,
      injuries: null,
    });
    expect(toll('An elderly man died when a rocket hit his home in Ain Zara on Sunday.').fatalities).toBe(1);
  });

  it('does not count the weapon of an active verb as a victim ("A car bomb killed a soldier")', () => {
    expect(toll('A car bomb killed a soldier in Benghazi on Sunday.').fatalities).toBe(1);
  });

  it('reads the accusative object after the subject ("قتلت القوات شخصاً") as one dead', () => {
    expect(toll('قتلت القوات شخصاً في اشتباكات بمدينة الزاوية يوم الاثنين.')).toEqual({
      type: CLASH,
      date: '2020-01-06',
      location: 'Zawiya',
      fatalities: 1,
      injuries: null,
    });
  });

  it('reads "مقتل شاب" and "مقتل طفل صغير" as one dead', () => {
    expect(toll('أدت الاشتباكات في الزاوية يوم الاثنين إلى مقتل شاب.').fatalities).toBe(1);
    expect(toll('أسفر قصف على عين زارة يوم الأحد عن مقتل طفل صغير.')).toEqual({
      type: SHELLING,
      date: '2020-01-05',
      location: 'Ain Zara',
      fatalities: 1,
      injuries: null,
    });
  });
});

describe('a dual noun without a numeral counts two', () => {
  it.each([
    ['أسفر قصف على عين زارة يوم الأحد عن مقتل امرأتين.'],
    ['قتل مواطنان في قصف على عين زارة يوم الأحد.'],
    ['أسفر قصف على عين زارة يوم الأحد عن مقتل شقيقين.'],
    ['أسفر قصف على عين زارة يوم الأحد عن مقتل سيدتين.'],
  ])('%s → 2 dead', (text) => {
    expect(toll(text)).toEqual({
      type: SHELLING,
      date: '2020-01-05',
      location: 'Ain Zara',
      fatalities: 2,
      injuries: null,
    });
  });

  it('reads "قتل شابان" and "مقتل فتاتين" in clashes as two dead', () => {
    expect(toll('قتل شابان في اشتباكات بمدينة الزاوية يوم الاثنين.').fatalities).toBe(2);
    expect(toll('أسفرت اشتباكات بمدينة الزاوية يوم الاثنين عن مقتل فتاتين.').fatalities).toBe(2);
  });
});

describe('coordinated victim groups add up', () => {
  it('sums "three children and two women" to 5', () => {
    expect(toll('Shelling killed three children and two women in Ain Zara on Sunday.').fatalities).toBe(5);
  });

  it('sums "four fighters and five civilians" to 9 in both languages', () => {
    expect(toll('Clashes in Zawiya on Sunday killed four fighters and five civilians.').fatalities).toBe(9);
    expect(toll('قتل 4 مقاتلين و5 مدنيين في قصف على عين زارة يوم الأحد.').fatalities).toBe(9);
  });

  it('adds a lone victim coordinated after a count ("مقتل طفلين وامرأة" = 3, "two soldiers and a civilian" = 3)', () => {
    expect(toll('أسفر قصف على عين زارة يوم الأحد عن مقتل طفلين وامرأة.').fatalities).toBe(3);
    expect(toll('Shelling killed two soldiers and a civilian in Ain Zara on Sunday.').fatalities).toBe(3);
    expect(toll('انفجرت سيارة مفخخة في بنغازي يوم الأحد ما أدى إلى مقتل ثلاثة جنود ومدني.').fatalities).toBe(
      4,
    );
  });

  it('adds lone victims coordinated one by one, past an adjective ("طفل صغير وامرأتين" = 3)', () => {
    expect(toll('أسفر قصف على عين زارة يوم الأحد عن مقتل رجل وامرأة.').fatalities).toBe(2);
    expect(toll('أسفر قصف على عين زارة يوم الأحد عن مقتل طفل صغير وامرأتين.').fatalities).toBe(3);
  });

  it('counts a victim and the relative named with him ("a woman and her son", "مواطنا وابنه")', () => {
    expect(toll('Shelling killed a woman and her son in Ain Zara on Sunday.').fatalities).toBe(2);
    expect(toll('Clashes in Sabha on Sunday killed a policeman and his driver.').fatalities).toBe(2);
    expect(toll('قتل مسلحون مجهولون مواطنا وابنه في هجوم على منزلهما في سبها يوم الأحد.').fatalities).toBe(2);
  });
});

describe('subsets and appositives', () => {
  it('does not add "including two women and three children" to the thirteen dead', () => {
    expect(
      toll(
        'An air strike on Zuwara on Sunday killed thirteen people, including two women and three children.',
      ),
    ).toEqual({ type: AIR, date: '2020-01-05', location: 'Zuwara', fatalities: 13, injuries: null });
    expect(
      toll('أسفرت غارة جوية على زوارة يوم الأحد عن مقتل ثلاثة عشر شخصا، بينهم امرأتان وثلاثة أطفال.')
        .fatalities,
    ).toBe(13);
  });

  it('reads a count whose verb follows an appositive ("Six civilians, including a child, have reportedly been killed")', () => {
    expect(
      toll(
        'Six civilians, including a child, have reportedly been killed in shelling on Ain Zara on Sunday.',
      ),
    ).toEqual({ type: SHELLING, date: '2020-01-05', location: 'Ain Zara', fatalities: 6, injuries: null });
  });

  it('keeps the subset out and the wounded apart ("five people, including a girl, and wounded 13")', () => {
    const event = toll(
      'Clashes in Zawiya on Sunday killed five people, including a ten-year-old girl, and wounded 13 others.',
    );
    expect([event.fatalities, event.injuries]).toEqual([5, 13]);
  });
});

describe('indefinite quantities leave the toll unknown', () => {
  it.each([
    ['Clashes in Zawiya on Monday killed a number of fighters.'],
    ['Clashes in Zawiya on Monday killed several fighters.'],
    ['أسفرت اشتباكات الزاوية يوم الاثنين عن مقتل عدد من المسلحين.'],
  ])('%s → unknown', (text) => {
    expect(toll(text)).toEqual({
      type: CLASH,
      date: '2020-01-06',
      location: 'Zawiya',
      fatalities: null,
      injuries: null,
    });
  });

  it('leaves "بضعة مقاتلين" unknown but keeps "dozens"/عشرات at the conventional 12', () => {
    expect(toll('قتل بضعة مقاتلين في اشتباكات قرب سرت يوم الأحد.').fatalities).toBeNull();
    expect(toll('Dozens of civilians were killed in an air strike on Murzuq on Sunday.').fatalities).toBe(12);
    expect(toll('قتل عشرات المدنيين في غارة جوية على مرزق يوم الأحد.').fatalities).toBe(12);
  });

  it('leaves a count of the dead and wounded together unknown ("مقتل وإصابة 11", "killed or wounded")', () => {
    const arabic = toll('قصفت قوات الجيش مواقع في درنة يوم الأحد ما أسفر عن مقتل وإصابة 11 شخصا.');
    expect([arabic.fatalities, arabic.injuries]).toEqual([null, null]);
    expect(toll('Twenty people were killed or wounded in clashes in Sabha on Sunday.').fatalities).toBeNull();
    expect(toll('Dozens were killed and wounded in an air raid on Murzuq on Sunday.').fatalities).toBeNull();
  });
});

describe('no deaths: "no casualties" and reports of the wounded only give 0', () => {
  it.each([
    ['Rockets hit Mitiga airport on Sunday; no casualties were immediately reported.'],
    ['Rockets hit Mitiga airport on Sunday without causing any casualties.'],
    ['Rockets hit Mitiga airport on Sunday, with no reports of casualties.'],
    ['سقطت قذيفة على مطار معيتيقة يوم الأحد لم يسفر عن ضحايا.'],
    ['سقطت قذائف على مطار معيتيقة يوم الأحد ولم ترد أنباء عن وقوع إصابات.'],
    ['سقطت قذائف على مطار معيتيقة يوم الأحد ولم تسفر عن أي إصابات.'],
  ])('%s → 0', (text) => {
    expect(toll(text)).toEqual({
      type: SHELLING,
      date: '2020-01-05',
      location: 'Mitiga airport',
      fatalities: 0,
      injuries: null,
    });
  });

  it('gives 0 dead when only the wounded are counted, in the same sentence or the next', () => {
    expect(toll('A shell hit a house in Ain Zara on Sunday, wounding three people.')).toEqual({
      type: SHELLING,
      date: '2020-01-05',
      location: 'Ain Zara',
      fatalities: 0,
      injuries: 3,
    });
    expect(toll('أسفر سقوط قذيفة على حي الهضبة يوم الأحد عن إصابة ثلاثة مدنيين بجروح.').fatalities).toBe(0);
    const next = toll(
      'A shell hit a house in the Hadba district of Tripoli on Sunday evening. Three people were wounded, including a child.',
    );
    expect([next.fatalities, next.injuries]).toEqual([0, 3]);
    const nextArabic = toll(
      'سقطت قذيفة على منزل في حي الهضبة بطرابلس مساء الأحد. وأصيب ثلاثة أشخاص بينهم طفل.',
    );
    expect([nextArabic.fatalities, nextArabic.injuries]).toEqual([0, 3]);
  });

  it('keeps the toll unknown when the dead are named without a number ("أوقعت قتلى وجرحى")', () => {
    expect(toll('سقطت قذائف على مطار معيتيقة يوم الأحد وأوقعت قتلى وجرحى.').fatalities).toBeNull();
  });
});

describe('displacement, arrests and evacuations are not deaths', () => {
  it('does not read the displaced as killed', () => {
    expect(
      toll('The fighting in Murzuq on Sunday killed 20 people and displaced over 100,000.').fatalities,
    ).toBe(20);
    expect(
      toll('أسفرت الاشتباكات في مرزق يوم الأحد عن مقتل 5 أشخاص ونزوح أكثر من 1000 عائلة.').fatalities,
    ).toBe(5);
    expect(toll('Fighting in Murzuq on Sunday displaced over 100,000 people.').fatalities).toBeNull();
    expect(toll('أدت الاشتباكات في مرزق يوم الأحد إلى نزوح أكثر من 5000 شخص.').fatalities).toBeNull();
  });

  it('does not read the arrested or evacuated as killed', () => {
    expect(toll('أسفرت الاشتباكات في طرابلس يوم الأحد عن مقتل 3 أشخاص واعتقال 20 آخرين.').fatalities).toBe(3);
    expect(toll('قتل عنصران واعتقل 15 آخرون في اشتباكات بمدينة الزاوية يوم الأحد.').fatalities).toBe(2);
    expect(
      toll(
        'The clashes in Tripoli on Sunday killed three people; 200 families were evacuated from Abu Salim.',
      ).fatalities,
    ).toBe(3);
  });
});

describe('running totals are scoped to their own clause', () => {
  it('keeps the wounded of "the highest toll so far" and the dead apart', () => {
    const event = toll(
      'Shelling killed four people in Ain Zara on Sunday and wounded 12, the highest toll so far.',
    );
    expect([event.fatalities, event.injuries]).toEqual([4, 12]);
  });

  it('does not take the total of "bringing the toll since the offensive began to 102" as the event\'s dead', () => {
    expect(
      toll(
        'Shelling on Ain Zara on Sunday killed three people, bringing the toll since the offensive began to 102.',
      ).fatalities,
    ).toBe(3);
  });
});

describe('later figures, both sides, number words', () => {
  it('takes the latest figure of a toll that "rose from 5 to 8"', () => {
    expect(toll("The death toll from Sunday's shelling of Ain Zara rose from 5 to 8.").fatalities).toBe(8);
    const arabic = toll('ارتفعت حصيلة قتلى قصف عين زارة يوم الأحد من 5 إلى 8 قتلى.');
    expect([arabic.fatalities, arabic.injuries]).toEqual([8, null]);
  });

  it('takes the latest figure when the next sentence says the toll rose', () => {
    const english = only(
      'Four people were killed in an air strike on a farm near Gharyan on Sunday. The health ministry later said the toll had risen to seven.',
      PUBLISHED,
    );
    expect([english.fatalities, english.fatalities_high]).toEqual([7, null]);
    const arabic = only(
      'قتل أربعة أشخاص في غارة جوية على مزرعة قرب غريان يوم الأحد. وارتفعت حصيلة القتلى لاحقا إلى سبعة.',
      PUBLISHED,
    );
    expect([arabic.fatalities, arabic.fatalities_high]).toEqual([7, null]);
  });

  it('adds the dead of both sides ("3 soldiers ... 5 militants were also killed" = 8)', () => {
    expect(toll('قتل 3 جنود في اشتباكات قرب أوباري يوم الأحد، كما قتل 5 مسلحين من داعش.').fatalities).toBe(8);
    expect(
      toll(
        'Three soldiers were killed in clashes with militants near Ubari on Sunday. Five militants were also killed, the army said.',
      ).fatalities,
    ).toBe(8);
    expect(
      toll(
        'A drone strike on a checkpoint near Sirte on Sunday killed nine fighters, a local commander said. Two civilians also died.',
      ).fatalities,
    ).toBe(11);
  });

  it('reads number words in both languages and Eastern digits', () => {
    expect(toll('قتل خمسة عشر شخصا في قصف على عين زارة يوم الأحد.').fatalities).toBe(15);
    expect(toll('أسفر قصف على عين زارة يوم الأحد عن مقتل إحدى عشرة امرأة.').fatalities).toBe(11);
    expect(toll('قتل ٧ أشخاص في قصف على عين زارة يوم الأحد.').fatalities).toBe(7);
    expect(toll('A dozen people were killed in shelling on Ain Zara on Sunday.').fatalities).toBe(12);
    expect(toll('Up to 20 people were killed in an air raid on Murzuq on Sunday.').fatalities).toBe(20);
  });

  it('finds one event per snippet with the wounded of "قتل شخصان وأصيب 12 آخرون"', () => {
    const found = events('قتل شخصان وأصيب 12 آخرون بجروح في قصف على حي الكيش ببنغازي يوم السبت.', PUBLISHED);
    expect(found.map((event) => [event.location, event.fatalities, event.injuries])).toEqual([
      ['Al Keish', 2, 12],
    ]);
  });
});

describe('the verb a count shares with the victims coordinated to it', () => {
  it('reads "Ten soldiers and a militiaman were killed" as 11 and "four soldiers and two civilians were killed" as 6', () => {
    expect(
      toll('Ten soldiers and a militiaman were killed in clashes in Benghazi on Sunday.').fatalities,
    ).toBe(11);
    expect(
      toll('Four soldiers and two civilians were killed in clashes in Benghazi on Sunday.').fatalities,
    ).toBe(6);
  });

  it('gives "5 others were wounded" to the wounded, not to the dead before it', () => {
    const english = toll(
      'Two civilians were killed and 5 others were wounded when shells hit a residential area in Tripoli on Sunday.',
    );
    expect([english.fatalities, english.injuries]).toEqual([2, 5]);
    const arabic = toll('قتل مدنيان وأصيب خمسة آخرون جراء سقوط قذائف على حي سكني في طرابلس يوم الأحد.');
    expect([arabic.fatalities, arabic.injuries]).toEqual([2, 5]);
  });

  it('keeps "مدنيين اثنين وإصابة أربعة" apart: the verb after و opens the next count', () => {
    const event = toll(
      'أسفر قصف بصواريخ غراد على حي الهضبة يوم الأحد عن مقتل مدنيين اثنين وإصابة أربعة آخرين.',
    );
    expect([event.fatalities, event.injuries]).toEqual([2, 4]);
  });

  it('reads "44 قتلوا وأصيب أكثر من 130" as 44 dead and 130 wounded, not one joint count', () => {
    const event = toll(
      'قال مسؤول إن 44 مهاجرا على الأقل قتلوا وأصيب أكثر من 130 في غارة جوية على تاجوراء يوم الأحد.',
    );
    expect([event.fatalities, event.injuries]).toEqual([44, 130]);
  });
});

describe('dead told as more, and later tolls', () => {
  it('adds "two more died of their wounds" to the dead already counted', () => {
    expect(
      only(
        'Shelling on Ain Zara on Sunday killed three people. Two more died of their wounds on Monday.',
        PUBLISHED,
      ).fatalities,
    ).toBe(5);
    expect(
      toll('قتل ثلاثة أشخاص في قصف على عين زارة يوم الأحد، وتوفي اثنان آخران متأثرين بجراحهما.').fatalities,
    ).toBe(5);
  });

  it('takes the figure a toll rose to in a later sentence, with its wounded', () => {
    const event = only(
      'Clashes in Benghazi on Sunday killed 13 soldiers. The army spokesman later said the toll had risen to 16 dead and 27 wounded.',
      PUBLISHED,
    );
    expect([event.fatalities, event.fatalities_high, event.injuries]).toEqual([16, null, 27]);
    const arabic = toll('ارتفعت حصيلة اشتباكات بنغازي يوم الأحد إلى 41 قتيلا و97 جريحا.');
    expect([arabic.fatalities, arabic.injuries]).toEqual([41, 97]);
  });

  it('keeps a subset listed with "إضافة إلى" out of the nine dead', () => {
    expect(
      toll('قتل 9 أشخاص بينهم 4 مدنيين و2 من العسكريين، إضافة إلى 3 أجانب، في اشتباكات بطرابلس يوم الأحد.')
        .fatalities,
    ).toBe(9);
  });
});

describe('short forms of the toll', () => {
  it('reads "5 dead, 12 wounded" after a colon', () => {
    const event = toll('Clashes in Zawiya on Sunday: 5 dead, 12 wounded.');
    expect([event.fatalities, event.injuries]).toEqual([5, 12]);
  });

  it('counts "another" / "آخر" after a wound verb as one wounded', () => {
    const english = toll('The clashes in Zawiya on Sunday killed one person and injured another.');
    expect([english.fatalities, english.injuries]).toEqual([1, 1]);
    const arabic = toll('لقي عنصر من الجيش مصرعه وأصيب آخر في اشتباكات مع مسلحين في درنة يوم الأحد.');
    expect([arabic.fatalities, arabic.injuries]).toEqual([1, 1]);
  });

  it('counts the woman of "a woman and her two children were killed" (3)', () => {
    expect(
      toll('A woman and her two children were killed when a shell hit their home in Ain Zara on Sunday.')
        .fatalities,
    ).toBe(3);
  });

  it('reads "left five people dead and 12 injured" and "claimed the lives of seven civilians"', () => {
    const left = toll('Clashes in Zawiya on Sunday left five people dead and 12 injured.');
    expect([left.fatalities, left.injuries]).toEqual([5, 12]);
    expect(toll('Shelling on Ain Zara on Sunday claimed the lives of seven civilians.').fatalities).toBe(7);
  });
});
