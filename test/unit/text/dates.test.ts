import { describe, it, expect } from 'vitest';
import { normalise } from '../../../src/pipeline/text/normalise.ts';
import { findDates } from '../../../src/pipeline/text/dates.ts';
import type { DateMention } from '../../../src/pipeline/text/dates.ts';

/** Tuesday 20 September 2016. */
const PUBLISHED = '2016-09-20';

interface Reading extends Omit<DateMention, 'start' | 'end'> {
  span: string;
}

function read(original: string, published: string | null = PUBLISHED): Reading[] {
  const text = normalise(original).text;
  return findDates(text, published).map(({ start, end, ...rest }) => ({
    ...rest,
    span: text.slice(start, end),
  }));
}

function first(original: string, published: string | null = PUBLISHED): Reading | undefined {
  return read(original, published)[0];
}

function dateOf(original: string, published: string | null = PUBLISHED): string | null | undefined {
  return first(original, published)?.date;
}

describe('dates: Egyptian and Gulf month names', () => {
  it.each([
    ['19 يناير 2016', '2016-01-19'],
    ['19 ينايير 2016', '2016-01-19'],
    ['19 فبراير 2016', '2016-02-19'],
    ['19 مارس 2016', '2016-03-19'],
    ['19 أبريل 2016', '2016-04-19'],
    ['19 إبريل 2016', '2016-04-19'],
    ['19 ابريل 2016', '2016-04-19'],
    ['19 مايو 2016', '2016-05-19'],
    ['19 يونيو 2016', '2016-06-19'],
    ['19 يونيه 2016', '2016-06-19'],
    ['19 يوليو 2016', '2016-07-19'],
    ['19 يوليه 2016', '2016-07-19'],
    ['19 أغسطس 2016', '2016-08-19'],
    ['19 اغسطس 2016', '2016-08-19'],
    ['19 سبتمبر 2016', '2016-09-19'],
    ['19 أكتوبر 2015', '2015-10-19'],
    ['19 أوكتوبر 2015', '2015-10-19'],
    ['19 نوفمبر 2015', '2015-11-19'],
    ['19 ديسمبر 2015', '2015-12-19'],
  ])('reads "%s" as %s', (text, date) => {
    expect(first(text)).toMatchObject({ date, precision: 1, kind: 'absolute' });
  });
});

describe('dates: Levantine and Iraqi month names', () => {
  it.each([
    ['19 كانون الثاني 2016', '2016-01-19'],
    ['19 شباط 2016', '2016-02-19'],
    ['19 آذار 2016', '2016-03-19'],
    ['19 نيسان 2016', '2016-04-19'],
    ['19 أيار 2016', '2016-05-19'],
    ['19 حزيران 2016', '2016-06-19'],
    ['19 تموز 2016', '2016-07-19'],
    ['19 آب 2016', '2016-08-19'],
    ['19 أيلول 2016', '2016-09-19'],
    ['19 تشرين الأول 2015', '2015-10-19'],
    ['19 تشرين الثاني 2015', '2015-11-19'],
    ['19 كانون الأول 2015', '2015-12-19'],
  ])('reads "%s" as %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });
});

describe('dates: Maghrebi month names', () => {
  it.each([
    ['19 جانفي 2016', '2016-01-19'],
    ['19 فيفري 2016', '2016-02-19'],
    ['19 مارس 2016', '2016-03-19'],
    ['19 أفريل 2016', '2016-04-19'],
    ['19 ماي 2016', '2016-05-19'],
    ['19 جوان 2016', '2016-06-19'],
    ['19 جويلية 2016', '2016-07-19'],
    ['19 أوت 2016', '2016-08-19'],
  ])('reads "%s" as %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });
});

describe('dates: Moroccan month names', () => {
  it.each([
    ['19 يوليوز 2016', '2016-07-19'],
    ['19 غشت 2016', '2016-08-19'],
    ['19 شتنبر 2015', '2015-09-19'],
    ['19 نونبر 2015', '2015-11-19'],
    ['19 دجنبر 2015', '2015-12-19'],
  ])('reads "%s" as %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });
});

describe('dates: Libyan month names of the former regime', () => {
  it.each([
    ['19 أي النار 2010', '2010-01-19'],
    ['19 النوار 2010', '2010-02-19'],
    ['19 الربيع 2010', '2010-03-19'],
    ['19 الطير 2010', '2010-04-19'],
    ['19 الماء 2010', '2010-05-19'],
    ['19 الصيف 2010', '2010-06-19'],
    ['19 ناصر 2010', '2010-07-19'],
    ['19 هانيبال 2010', '2010-08-19'],
    ['19 الفاتح 2010', '2010-09-19'],
    ['19 التمور 2010', '2010-10-19'],
    ['19 الحرث 2010', '2010-11-19'],
    ['19 الكانون 2010', '2010-12-19'],
  ])('reads "%s" as %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });
  it('converts a year of the Libyan calendar (1378 = 2010)', () => {
    expect(dateOf('1 الفاتح 1378')).toBe('2010-09-01');
  });
  it('does not read الماء (water) alone as May', () => {
    expect(read('انقطاع الماء')).toEqual([]);
  });
  it('does not read الربيع (spring) alone as March', () => {
    expect(read('الربيع العربي')).toEqual([]);
  });
  it('reads "شهر الماء" as a month', () => {
    expect(first('خلال شهر الماء 2010')).toMatchObject({ kind: 'month', date: '2010-05-31' });
  });
  it('reads "الفاتح من سبتمبر" as the first of September', () => {
    expect(dateOf('ذكرى الفاتح من سبتمبر')).toBe('2016-09-01');
  });
});

describe('dates: English month names', () => {
  it.each([
    ['19 September 2016', '2016-09-19'],
    ['September 19, 2016', '2016-09-19'],
    ['Sept. 19, 2016', '2016-09-19'],
    ['Sep 19 2016', '2016-09-19'],
    ['Jan. 5, 2016', '2016-01-05'],
    ['the 19th of September 2016', '2016-09-19'],
    ['March 3, 2016', '2016-03-03'],
    ['May 5, 2016', '2016-05-05'],
  ])('reads "%s" as %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });
  it('does not read the verb "may" as a month', () => {
    expect(read('the strikes may continue')).toEqual([]);
  });
  it('does not read a protest "march" as a month', () => {
    expect(read('a march through the city')).toEqual([]);
  });
  it('reads "in May" as a month', () => {
    expect(first('in May')).toMatchObject({ kind: 'month', date: '2016-05-31' });
  });
  it('reads a dateline date "TRIPOLI, Sept 19 (Reuters)"', () => {
    expect(dateOf('TRIPOLI, Sept 19 (Reuters) - Forces advanced')).toBe('2016-09-19');
  });
});

describe('dates: day written as an ordinal', () => {
  it.each([
    ['الأول من سبتمبر', '2016-09-01'],
    ['الثالث من أكتوبر 2015', '2015-10-03'],
    ['التاسع عشر من سبتمبر', '2016-09-19'],
    ['الحادي عشر من سبتمبر', '2016-09-11'],
    ['العشرين من أغسطس', '2016-08-20'],
    ['الحادي والعشرين من أغسطس', '2016-08-21'],
    ['الثلاثين من يونيو', '2016-06-30'],
    ['19th of August', '2016-08-19'],
  ])('reads "%s" as %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });
  it('does not read an ordinal without a month as a date (اليوم الثالث)', () => {
    expect(read('في اليوم الثالث')).toEqual([]);
  });
});

describe('dates: combined month names', () => {
  it.each([
    ['19 أغسطس/آب 2016', '2016-08-19'],
    ['19 آب/أغسطس 2016', '2016-08-19'],
    ['19 أيلول/سبتمبر', '2016-09-19'],
    ['19 آب (أغسطس) 2016', '2016-08-19'],
    ['19 سبتمبر - أيلول 2016', '2016-09-19'],
  ])('reads "%s" as %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });
  it('covers both names in the span', () => {
    expect(first('في 19 أغسطس/آب 2016')?.span).toBe('19 اغسطس/اب 2016');
  });
  it('reads a combined month without a day', () => {
    expect(first('في آب/أغسطس 2016')).toMatchObject({ kind: 'month', date: '2016-08-31' });
  });
});

describe('dates: numeric dates', () => {
  it.each([
    ['19/9/2016', '2016-09-19'],
    ['19-9-2016', '2016-09-19'],
    ['19.9.2016', '2016-09-19'],
    ['2016-09-19', '2016-09-19'],
    ['2016/09/19', '2016-09-19'],
    ['١٩/٩/٢٠١٦', '2016-09-19'],
    ['9/19/2016', '2016-09-19'],
    ['19/9/16', '2016-09-19'],
  ])('reads "%s" as %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });
  it('reads 19/9 without a year against publication', () => {
    expect(dateOf('19/9', '2017-01-03')).toBe('2016-09-19');
  });
  it('rejects an impossible day (31/2/2016)', () => {
    expect(read('31/2/2016')).toEqual([]);
  });
});

describe('dates: a day and month with no year', () => {
  it('takes the publication year when the day is before publication', () => {
    expect(first('في 19 سبتمبر')).toMatchObject({ date: '2016-09-19', year: 2016 });
  });
  it('takes the previous year near New Year ("19 سبتمبر" published in January)', () => {
    expect(first('في 19 سبتمبر', '2017-01-05')).toMatchObject({ date: '2016-09-19', year: 2016 });
  });
  it('takes the previous year for "30 ديسمبر" published on 2 January', () => {
    expect(dateOf('30 ديسمبر', '2017-01-02')).toBe('2016-12-30');
  });
  it('takes the publication day itself when it is that day', () => {
    expect(dateOf('20 سبتمبر')).toBe('2016-09-20');
  });
  it('takes last year for a day later in the year than publication', () => {
    expect(dateOf('21 سبتمبر')).toBe('2015-09-21');
  });
  it('goes back to a leap year for 29 February', () => {
    expect(dateOf('29 فبراير', '2019-03-01')).toBe('2016-02-29');
  });
  it('gives no date without a publication day', () => {
    expect(first('في 19 سبتمبر', null)).toMatchObject({ date: null, year: null, precision: 1 });
  });
  it('reads "19 من الشهر الجاري" as a day of the publication month', () => {
    expect(dateOf('في 19 من الشهر الجاري')).toBe('2016-09-19');
  });
  it('reads "5 من الشهر الماضي" as a day of the month before', () => {
    expect(dateOf('في 5 من الشهر الماضي')).toBe('2016-08-05');
  });
});

describe('dates: Hijri', () => {
  it('reads "15 رمضان 1437 هـ"', () => {
    expect(dateOf('15 رمضان 1437 هـ')).toBe('2016-06-20');
  });
  it('reads a Hijri date with the era glued on (1437هـ)', () => {
    expect(dateOf('1 رمضان 1437هـ')).toBe('2016-06-06');
  });
  it('reads a Hijri date without its year against publication', () => {
    expect(dateOf('في 1 رمضان')).toBe('2016-06-06');
  });
  it('reads ذو الحجة (two words)', () => {
    expect(dateOf('10 ذو الحجة 1437 هـ')).toBe('2016-09-11');
  });
  it('reads ذي الحجة (genitive)', () => {
    expect(dateOf('10 ذي الحجة 1437')).toBe('2016-09-11');
  });
  it('reads a Hijri month without a day', () => {
    expect(first('خلال شهر رمضان 1437')).toMatchObject({ kind: 'month', date: '2016-07-05', precision: 3 });
  });
  it('resolves a Hijri date with its year even without a publication day', () => {
    expect(dateOf('15 رمضان 1437 هـ', null)).toBe('2016-06-20');
  });
});

describe('dates: weekdays', () => {
  it('resolves a weekday that is the publication day to the publication day itself', () => {
    expect(first('قتل يوم الثلاثاء')).toMatchObject({ date: '2016-09-20', kind: 'weekday', precision: 1 });
  });
  it.each([
    ['الاثنين الماضي', '2016-09-19'],
    ['يوم الأحد', '2016-09-18'],
    ['مساء السبت', '2016-09-17'],
    ['فجر الأحد', '2016-09-18'],
    ['صباح الجمعة', '2016-09-16'],
    ['ليل الخميس', '2016-09-15'],
    ['ظهر الأربعاء', '2016-09-14'],
    ['الثلاثاء الماضي', '2016-09-13'],
    ['السبت المقبل', '2016-09-24'],
    ['on Tuesday', '2016-09-20'],
    ['on Sunday', '2016-09-18'],
    ['Saturday night', '2016-09-17'],
    ['late Friday', '2016-09-16'],
    ['last Tuesday', '2016-09-13'],
    ['next Monday', '2016-09-26'],
  ])('reads "%s" as %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });
  it('reads both days of "يومي السبت والأحد"', () => {
    expect(read('يومي السبت والأحد').map((reading) => reading.date)).toEqual(['2016-09-17', '2016-09-18']);
  });
  it('includes the part of the day in the span', () => {
    expect(first('قصف مساء السبت')?.span).toBe('مساء السبت');
  });
  it('does not read الاثنين (the two) alone as Monday', () => {
    expect(read('اتفق الاثنين على ذلك')).toEqual([]);
  });
  it('reads a bare الاثنين between commas as Monday (طرابلس، الاثنين، بحسب)', () => {
    expect(first('طرابلس، الاثنين، بحسب مصادر محلية')).toMatchObject({
      date: '2016-09-19',
      kind: 'weekday',
      span: 'الاثنين',
    });
  });
  it('reads a bare الاثنين after a comma at the end of a sentence as Monday', () => {
    expect(dateOf('قال المتحدث باسم الجيش، الاثنين.')).toBe('2016-09-19');
  });
  it('does not read الاثنين (the two) after a comma when words follow it', () => {
    expect(read('اتفق الطرفان، الاثنين معا')).toEqual([]);
  });
  it('does not read الاثنين (the two) before a comma after a noun', () => {
    expect(read('قتل الرجلين الاثنين، وفر الجاني')).toEqual([]);
  });
  it('reads a bare English "Mon" between commas as Monday', () => {
    expect(dateOf('TRIPOLI, Mon, officials said')).toBe('2016-09-19');
  });
  it('reads الاثنين as Monday after يوم', () => {
    expect(dateOf('يوم الاثنين')).toBe('2016-09-19');
  });
  it('reads a weekday followed by a date as that date', () => {
    expect(first('الاثنين 19 سبتمبر 2016')).toMatchObject({ date: '2016-09-19', kind: 'absolute' });
  });
  it('reads "الاثنين الموافق 19 سبتمبر" as that date', () => {
    expect(first('يوم الاثنين الموافق 19 سبتمبر 2016')).toMatchObject({
      date: '2016-09-19',
      kind: 'absolute',
    });
  });
  it('reads a weekday with the date in brackets', () => {
    expect(first('الأحد (18 سبتمبر)')).toMatchObject({ date: '2016-09-18', kind: 'absolute' });
  });
  it('reads an English weekday followed by a date as that date', () => {
    expect(first('Monday, Sept. 19, 2016')).toMatchObject({ date: '2016-09-19', kind: 'absolute' });
  });
  it('gives no date for a weekday without a publication day', () => {
    expect(first('يوم الثلاثاء', null)).toMatchObject({ date: null, kind: 'weekday' });
  });
  it('resolves a weekday across the turn of the year', () => {
    expect(dateOf('يوم السبت', '2017-01-03')).toBe('2016-12-31');
  });
});

describe('dates: relative days', () => {
  it.each([
    ['أمس', '2016-09-19'],
    ['الأمس', '2016-09-19'],
    ['بالأمس', '2016-09-19'],
    ['مساء أمس', '2016-09-19'],
    ['أمس الأول', '2016-09-18'],
    ['أول أمس', '2016-09-18'],
    ['اليوم', '2016-09-20'],
    ['صباح اليوم', '2016-09-20'],
    ['الليلة الماضية', '2016-09-19'],
    ['ليلة أمس', '2016-09-19'],
    ['غدا', '2016-09-21'],
    ['yesterday', '2016-09-19'],
    ['the day before yesterday', '2016-09-18'],
    ['today', '2016-09-20'],
    ['last night', '2016-09-19'],
    ['this morning', '2016-09-20'],
    ['قبل يومين', '2016-09-18'],
    ['قبل ثلاثة أيام', '2016-09-17'],
    ['قبل 4 أيام', '2016-09-16'],
    ['two days ago', '2016-09-18'],
  ])('reads "%s" as %s', (text, date) => {
    expect(first(text)).toMatchObject({ date, precision: 1, kind: 'relative' });
  });
  it('reads "اليوم الاثنين" as one mention of today', () => {
    expect(read('منذ فجر اليوم الثلاثاء')).toEqual([
      {
        date: '2016-09-20',
        precision: 1,
        kind: 'relative',
        year: 2016,
        quoted: false,
        span: 'فجر اليوم الثلاثاء',
      },
    ]);
  });
  it('reads "أمس الأحد" with an ambiguous weekday name after it', () => {
    expect(read('مساء أمس الاثنين').map((reading) => reading.span)).toEqual(['مساء امس الاثنين']);
  });
  it('reads "over the weekend" with week precision', () => {
    expect(first('killed over the weekend')).toMatchObject({ date: '2016-09-18', precision: 2 });
  });
  it('does not read "اليوم التالي" (the next day) as today', () => {
    expect(read('في اليوم التالي')).toEqual([]);
  });
  it('reads "قبل أسبوع" with week precision', () => {
    expect(first('قبل أسبوع')).toMatchObject({ date: '2016-09-13', precision: 2 });
  });
  it('reads "a week ago" with week precision', () => {
    expect(first('a week ago')).toMatchObject({ date: '2016-09-13', precision: 2 });
  });
  it('gives no date for أمس without a publication day', () => {
    expect(first('أمس', null)).toMatchObject({ date: null, kind: 'relative' });
  });
  it('crosses the year for أمس published on 1 January', () => {
    expect(dateOf('أمس', '2017-01-01')).toBe('2016-12-31');
  });
});

describe('dates: weeks, months and years relative to publication', () => {
  it('reads "الأسبوع الماضي" with week precision, on the last day of last week', () => {
    expect(first('الأسبوع الماضي')).toMatchObject({ date: '2016-09-17', precision: 2, kind: 'relative' });
  });
  it('reads "last week" with a Monday week in English', () => {
    expect(first('last week')).toMatchObject({ date: '2016-09-18', precision: 2 });
  });
  it.each([
    ['الأسبوع الجاري', '2016-09-20', 2],
    ['هذا الأسبوع', '2016-09-20', 2],
    ['this week', '2016-09-20', 2],
    ['الشهر الماضي', '2016-08-31', 3],
    ['الشهر المنصرم', '2016-08-31', 3],
    ['last month', '2016-08-31', 3],
    ['الشهر الجاري', '2016-09-20', 3],
    ['مطلع الشهر الجاري', '2016-09-10', 3],
    ['أواخر الشهر الماضي', '2016-08-31', 3],
    ['منتصف الشهر الماضي', '2016-08-20', 3],
    ['earlier this month', '2016-09-20', 3],
    ['العام الماضي', '2015-12-31', 3],
    ['last year', '2015-12-31', 3],
    ['أواخر العام الماضي', '2015-12-31', 3],
    ['مطلع العام الجاري', '2016-04-30', 3],
    ['this year', '2016-09-20', 3],
  ])('reads "%s" as %s with precision %d', (text, date, precision) => {
    expect(first(text)).toMatchObject({ date, precision });
  });
  it('gives no date for "الشهر الماضي" without a publication day', () => {
    expect(dateOf('الشهر الماضي', null)).toBeNull();
  });
});

describe('dates: months without a day', () => {
  it('reads "في سبتمبر الماضي" as last year\'s September when published in September', () => {
    expect(first('في سبتمبر الماضي')).toMatchObject({ date: '2015-09-30', precision: 3, kind: 'month' });
  });
  it('reads "أغسطس الماضي" as this year\'s August', () => {
    expect(dateOf('في أغسطس الماضي')).toBe('2016-08-31');
  });
  it('reads a month with its year', () => {
    expect(first('في سبتمبر 2015')).toMatchObject({ date: '2015-09-30', year: 2015 });
  });
  it('never dates a month after publication when publication falls in it', () => {
    expect(dateOf('في سبتمبر 2016')).toBe('2016-09-20');
  });
  it('reads "سبتمبر الجاري" as the publication month', () => {
    expect(dateOf('منذ بداية سبتمبر الجاري')).toBe('2016-09-10');
  });
  it('reads "أكتوبر المقبل" as the coming October', () => {
    expect(dateOf('في أكتوبر المقبل')).toBe('2016-10-31');
  });
  it('reads "مطلع أغسطس" as the first part of August', () => {
    expect(dateOf('مطلع أغسطس')).toBe('2016-08-10');
  });
  it('reads "أواخر أغسطس 2015"', () => {
    expect(dateOf('أواخر أغسطس 2015')).toBe('2015-08-31');
  });
  it('reads "mid-September 2015"', () => {
    expect(dateOf('mid-September 2015')).toBe('2015-09-20');
  });
  it('reads "last September"', () => {
    expect(dateOf('last September')).toBe('2015-09-30');
  });
  it('reads "سبتمبر من العام الماضي"', () => {
    expect(dateOf('في سبتمبر من العام الماضي')).toBe('2015-09-30');
  });
  it('reads "كانون الثاني 2016" (two-word month)', () => {
    expect(dateOf('في كانون الثاني 2016')).toBe('2016-01-31');
  });
  it('reads an ambiguous month after في (في آب)', () => {
    expect(dateOf('في آب')).toBe('2016-08-31');
  });
  it('does not read آب (father) alone as August', () => {
    expect(read('آب وأم')).toEqual([]);
  });
  it('does not read the verb مارس (practised) as March', () => {
    expect(read('مارس الضغط')).toEqual([]);
  });
  it('gives no date for a month without year or publication day', () => {
    expect(first('في سبتمبر', null)).toMatchObject({ date: null, precision: 3 });
  });
});

describe('dates: years alone', () => {
  it('reads "أواخر عام 2016" as that year, up to publication', () => {
    expect(first('أواخر عام 2016')).toMatchObject({
      date: '2016-09-20',
      precision: 3,
      kind: 'year',
      year: 2016,
    });
  });
  it('reads "in 2011" as 31 December 2011', () => {
    expect(first('since the uprising in 2011')).toMatchObject({
      date: '2011-12-31',
      kind: 'year',
      year: 2011,
    });
  });
  it('reads "عام 2014" as 31 December 2014', () => {
    expect(dateOf('في عام 2014')).toBe('2014-12-31');
  });
  it('reads "سنة 2014"', () => {
    expect(dateOf('منذ سنة 2014')).toBe('2014-12-31');
  });
  it('reads "مطلع عام 2015" as the first months', () => {
    expect(dateOf('مطلع عام 2015')).toBe('2015-04-30');
  });
  it('reads a year with the Gregorian era letter (2014م)', () => {
    expect(first('عام 2014م')?.span).toBe('عام 2014م');
  });
  it('resolves a year without a publication day', () => {
    expect(dateOf('في عام 2014', null)).toBe('2014-12-31');
  });
  it('does not read a count of people as a year', () => {
    expect(read('نزوح 2000 شخص')).toEqual([]);
  });
});

describe('dates: ranges up to publication', () => {
  it.each([
    ['منذ أسبوعين', 3],
    ['منذ أشهر', 3],
    ['منذ ثلاثة أسابيع', 3],
    ['منذ أيام', 2],
    ['خلال الأيام الماضية', 2],
    ['في الأسابيع الأخيرة', 3],
    ['خلال اليومين الماضيين', 2],
    ['in the past two weeks', 3],
    ['over the last 10 days', 2],
    ['in recent days', 2],
    ['in recent weeks', 3],
    ['مؤخرا', 3],
    ['recently', 3],
    ['في الآونة الأخيرة', 3],
    ['خلال الساعات الـ24 الماضية', 2],
    ['in the past 24 hours', 2],
  ])('reads "%s" as a range ending at publication (precision %d)', (text, precision) => {
    expect(first(text)).toMatchObject({ kind: 'range', date: PUBLISHED, precision });
  });
  it('gives no date for a range without a publication day', () => {
    expect(first('منذ أسبوعين', null)).toMatchObject({ kind: 'range', date: null });
  });
  it('reads "منذ يوم الجمعة" as the Friday, not a range', () => {
    expect(first('منذ يوم الجمعة')).toMatchObject({ kind: 'weekday', date: '2016-09-16' });
  });
  it('reads "منذ عام 2011" as the year', () => {
    expect(first('منذ عام 2011')).toMatchObject({ kind: 'year', year: 2011 });
  });
});

describe('dates: quotations and spans', () => {
  it('marks a date inside «» as quoted', () => {
    expect(first('وقال: «هاجمونا يوم الثلاثاء» في بيان')).toMatchObject({ quoted: true, date: '2016-09-20' });
  });
  it('marks a date inside English quotes as quoted', () => {
    expect(first('He said "they attacked on Sunday" to reporters')?.quoted).toBe(true);
  });
  it('marks a date inside curly quotes as quoted', () => {
    expect(first('قال “هاجمونا أمس” للصحفيين')?.quoted).toBe(true);
  });
  it('does not mark a date outside quotes', () => {
    expect(first('«بيان» صدر أمس')?.quoted).toBe(false);
  });
  it('ends an unclosed quote at the paragraph break', () => {
    expect(first('«بيان غير مغلق\n\nصدر أمس')?.quoted).toBe(false);
  });
  it('finds several dates in order', () => {
    expect(read('قتل أمس، بعد غارة يوم السبت في 15 سبتمبر').map((reading) => reading.date)).toEqual([
      '2016-09-19',
      '2016-09-17',
      '2016-09-15',
    ]);
  });
  it('reads only inside the given range', () => {
    const text = normalise('أمس. ثم يوم السبت').text;
    expect(findDates(text, PUBLISHED, 5).map((mention) => mention.date)).toEqual(['2016-09-17']);
  });
  it('gives spans in the normalised text', () => {
    expect(first('وقع الهجوم فجر الأحد الماضي قرب سرت')?.span).toBe('فجر الاحد الماضي');
  });
  it('ignores an invalid publication day rather than inventing one', () => {
    expect(dateOf('أمس', 'not a date')).toBeNull();
  });
  it('returns nothing for text without dates', () => {
    expect(read('قصفت الطائرات مواقع التنظيم')).toEqual([]);
  });
});
