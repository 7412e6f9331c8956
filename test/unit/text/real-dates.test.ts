import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/pipeline/text/dates.ts';
import { normalise } from '../../../src/pipeline/text/normalise.ts';

/** Saturday 20 April 2019: Monday is the 15th, Friday the 19th. */
const PUBLISHED = '2019-04-20';

function read(
  original: string,
  published: string | null = PUBLISHED,
): { span: string; date: string | null }[] {
  const text = normalise(original).text;
  return findDates(text, published).map((mention) => ({
    span: text.slice(mention.start, mention.end),
    date: mention.date,
  }));
}

function days(original: string, published: string | null = PUBLISHED): (string | null)[] {
  return read(original, published).map((mention) => mention.date);
}

describe('real dates: الاثنين is Monday when the syntax makes it a time', () => {
  it.each([
    ['after a time preposition', 'تتواصل الاشتباكات منذ الاثنين في محيط المطار'],
    ['after "حتى"', 'استمر القصف حتى الاثنين على الأحياء الجنوبية'],
    ['after a definite subject that is not a dual', 'أعلنت الوزارة الاثنين أن القصف طال مدرسة'],
    ['after a noun in construct (Monday’s raid)', 'خلفت غارة الاثنين على المزرعة قتيلين'],
    ['after a plural noun in construct', 'أوقعت اشتباكات الإثنين في الزاوية جرحى'],
    ['before a count', 'قتل الاثنين ستة عناصر في كمين'],
    ['before the object of its verb', 'قصفت الطائرات الاثنين مواقع للمسلحين'],
    ['after a place named after a preposition', 'سقطت قذائف على حي الأندلس الاثنين.'],
    ['after a place with a glued preposition', 'انفجرت عبوة بسبها الاثنين.'],
    ['after a counted noun', 'قتل أربعة أشخاص الاثنين.'],
    ['after an indefinite dual', 'أصيب مسعفان الاثنين في قصف'],
    ['after a time word and a preposition ("late on Monday")', 'تجدد القصف في وقت متأخر الاثنين'],
  ])('%s', (_, sentence) => {
    expect(days(sentence)).toEqual(['2019-04-15']);
  });

  it('reads the night between Sunday and Monday as both days, not as "the two"', () => {
    expect(days('تعرضت القاعدة لهجوم ليل الأحد الاثنين')).toEqual(['2019-04-14', '2019-04-15']);
  });
});

describe('real dates: الاثنين is the numeral "the two" when it agrees with a dual or acts as one', () => {
  it.each([
    ['after a definite dual', 'أطلق المسلحون سراح الرهينتين الاثنين'],
    ['after a definite dual with a clitic', 'وأشاد الوزير بالمسعفين الاثنين'],
    ['after كلا', 'نقل كلا الاثنين إلى المستشفى'],
    ['after أحد', 'توفي أحد الاثنين لاحقا'],
    ['before الآخرين', 'نجا الاثنين الآخرين من الحادث'],
    ['before a partitive', 'أصيب الاثنين من المسعفين بشظايا'],
    ['before a preposition after a verb', 'اتفق الاثنين على وقف النار'],
    ['as the object at the end of the clause', 'وقد اعتقلت الاثنين.'],
  ])('%s', (_, sentence) => {
    expect(days(sentence)).toEqual([]);
  });
});

describe('real dates: day parts glued to their day word', () => {
  it.each([
    ['مساءالجمعة', 'اندلعت المواجهات مساءالجمعة قرب الجسر', '2019-04-19'],
    ['مساءالجمعة with a direction after it', 'اندلعت المواجهات مساءالجمعة الماضية', '2019-04-19'],
    ['فجراليوم', 'سقطت ثلاث قذائف فجراليوم على الميناء', '2019-04-20'],
    ['صباحأمس', 'دوى انفجار صباحأمس في السوق', '2019-04-19'],
    ['ليلةالخميس', 'قصفت المدفعية ليلةالخميس مواقع', '2019-04-18'],
  ])('reads %s as the day it names', (_, sentence, day) => {
    expect(days(sentence)).toEqual([day]);
  });
});

describe('real dates: names that carry a date are not dates', () => {
  it.each([
    ['a camp (Arabic)', 'اشتباكات قرب معسكر 7 أبريل'],
    ['a camp with a clitic', 'تمركزت القوات بمعسكر 7 أبريل'],
    ['a brigade (Arabic)', 'هاجم مسلحون مقر كتيبة 17 فبراير'],
    ['a hospital', 'نقل الجرحى إلى مستشفى 7 أكتوبر'],
    ['the revolution, with its year', 'منذ ثورة 17 فبراير 2011'],
    ['a camp (English)', 'fighting near the April 7 Camp'],
    ['a brigade (English)', 'the 17 February Brigade headquarters'],
    ['a brigade of martyrs (English)', 'the February 17 Martyrs Brigade'],
  ])('%s', (_, sentence) => {
    expect(days(sentence)).toEqual([]);
  });

  it('still reads the same day and month as a date when no name comes with it', () => {
    expect(days('clashes broke out on 7 April near the camp')).toEqual(['2019-04-07']);
    expect(days('اندلعت الاشتباكات في 7 أبريل قرب المعسكر')).toEqual(['2019-04-07']);
  });

  it('reads the anniversary of a dated revolution as that day', () => {
    expect(days('في ذكرى 17 فبراير')).toEqual(['2019-02-17']);
  });
});

describe('real dates: full dates need no publication date', () => {
  it('resolves dates that carry their year, in Arabic and English', () => {
    expect(days('قصفت الطائرات المطار في 12 مايو 2015', null)).toEqual(['2015-05-12']);
    expect(days('the airport was shelled on 5 March 2019', null)).toEqual(['2019-03-05']);
  });

  it('leaves weekdays and yesterday unresolved', () => {
    expect(days('قصفت الطائرات المطار أمس', null)).toEqual([null]);
    expect(days('the airport was shelled on Tuesday', null)).toEqual([null]);
  });
});

describe('real dates: weekdays named together are days in a row', () => {
  it('reads "يومي الجمعة والسبت" published on a Friday as the Friday and Saturday before it', () => {
    expect(days('نفذ سلاح الجو، يومي الجمعة والسبت، ضربات على مواقع المسلحين', '2019-04-19')).toEqual([
      '2019-04-12',
      '2019-04-13',
    ]);
  });

  it('reads "Wednesday, Thursday and Friday" in their order before a Thursday publication', () => {
    expect(days('strikes hit the area on Wednesday, Thursday and Friday', '2019-04-18')).toEqual([
      '2019-04-10',
      '2019-04-11',
      '2019-04-12',
    ]);
  });

  it('leaves weekdays of separate sentences as each most recent day', () => {
    expect(days('قصفت الطائرات الموقع الخميس. وتجددت الاشتباكات الجمعة', '2019-04-18')).toEqual([
      '2019-04-18',
      '2019-04-12',
    ]);
  });
});

describe('real dates: the day before yesterday and the night before last', () => {
  it.each([
    ['أول من أمس', 'سقطت قذيفتان على الميناء أول من أمس', '2019-04-18'],
    ['مساء أول من أمس', 'اندلعت الاشتباكات مساء أول من أمس', '2019-04-18'],
    ['ليلة أول أمس', 'تعرض المطار لقصف ليلة أول أمس', '2019-04-18'],
    ['الليلة قبل الماضية', 'شنت الطائرات غارات الليلة قبل الماضية', '2019-04-18'],
  ])('reads %s as two days before publication', (_, sentence, day) => {
    expect(days(sentence)).toEqual([day]);
  });
});

describe('real dates: "today" with the weekday named', () => {
  it('takes the named weekday when the page is dated the day after it (past midnight)', () => {
    expect(days('قصفت المدفعية اليوم الجمعة أحياء جنوب العاصمة')).toEqual(['2019-04-19']);
  });

  it('keeps today when the weekday named is the page’s own', () => {
    expect(days('قصفت المدفعية اليوم السبت أحياء جنوب العاصمة')).toEqual(['2019-04-20']);
  });
});

describe('real dates: weeks and parts of the current period', () => {
  it('reads "الخميس قبل الماضي" as the Thursday before last', () => {
    expect(days('قصفت الطائرات المعسكر الخميس قبل الماضي')).toEqual(['2019-04-11']);
  });

  it.each([
    ['مطلع الأسبوع', 'اندلعت الاشتباكات مطلع الأسبوع', '2019-04-20'],
    ['منتصف الشهر', 'تجدد القصف منتصف الشهر', '2019-04-20'],
  ])('reads "%s" with no direction as the current period', (_, sentence, day) => {
    expect(days(sentence)).toEqual([day]);
  });

  it('still reads "مطلع العام 2016" as that year', () => {
    expect(days('سيطرت القوات على المدينة مطلع العام 2016')).toEqual(['2016-04-30']);
  });
});
